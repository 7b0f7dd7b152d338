/**
 * The longest `Authorization` value this package writes or reads: 8192 characters (8 KiB).
 * Servers cap one header line near there (Apache's `LimitRequestFieldSize` is 8190 bytes,
 * nginx's `large_client_header_buffers` 8 KiB, Node's whole header block 16 KiB), so a longer
 * value would be refused anyway; checking it first keeps the decoders' work bounded.
 *
 * @example
 * ```ts
 * MAX_BASIC_HEADER_LENGTH; // => 8192
 * ```
 */
export const MAX_BASIC_HEADER_LENGTH = 8192;
