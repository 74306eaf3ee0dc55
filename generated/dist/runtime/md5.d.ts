/** The MD5 digest of `bytes`, as 32 lowercase hex digits. */
export declare function md5Hex(bytes: Uint8Array): string;
