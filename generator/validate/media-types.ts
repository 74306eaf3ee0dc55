// Which media types the generated client can send and decode, and how.

export type MediaFormat = "json" | "text" | "bytes" | "form";

/** `application/json`, `application/problem+json`, `application/vnd.atlas.2023-01-01+json`, ... */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaFormat(mediaType) === "json";
}

/** How a body of this media type travels: JSON, text (csv, plain), raw bytes (gzip, binary), or a form. */
export function mediaFormat(mediaType: string): MediaFormat | undefined {
  const essence = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (essence === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(essence)) return "json";
  if (essence === "application/x-www-form-urlencoded") return "form";
  if (/^text\/[a-z0-9.+-]+$/.test(essence) || /\+csv$/.test(essence)) return "text";
  if (essence === "application/octet-stream" || /\+gzip$/.test(essence) || essence === "application/gzip" || essence === "application/zip") return "bytes";
  return undefined;
}

/** The Atlas API version a media type stands for: `x-xgen-version`, or the date (or `preview`) in it. */
export function mediaVersion(mediaType: string, declared: unknown): string | undefined {
  if (typeof declared === "string" && declared !== "") return declared;
  return /^application\/vnd\.atlas\.([^+]+)\+/i.exec(mediaType)?.[1];
}
