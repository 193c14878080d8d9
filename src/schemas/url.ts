/** True for an absolute http: or https: URL with a host; javascript:, data: and the rest fail. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Returns `url` when it may be rendered as a link (absolute http or https), else undefined. The
 * schema already refuses other schemes; pages check again so no data path can emit one.
 */
export function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && isHttpUrl(url) ? url : undefined;
}
