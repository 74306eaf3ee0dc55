// Which media types the generated client can send and decode.

/** `application/json`, `application/problem+json`, `application/vnd.atlas.2023-01-01+json`, ... */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  return essence === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(essence);
}
