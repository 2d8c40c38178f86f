export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(status === 404 ? `Not found (${url})` : `Request failed with HTTP ${status} (${url})`);
    this.name = 'HttpError';
  }
}

/** Fetches JSON from the same origin; throws HttpError on a non-2xx status and a plain Error on invalid JSON. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!res.ok) throw new HttpError(url, res.status);
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new Error(`The response from ${url} is not valid JSON`);
  }
}
