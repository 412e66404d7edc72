import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.d.ts';
import type { Upload } from './types.ts';

/** An RFC 9457 problem document as the API sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code: string;
  errors?: { path: string; message: string }[];
  missing?: { anyOf: string[]; min: number; have: number }[];
}

/** A refused request: the problem the server answered, or `network_error` when none came. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.code);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

let token: string | null = null;
/** Called when the server says the session is no longer valid. */
let onUnauthorized: () => void = () => {};

export function setToken(next: string | null): void {
  token = next;
}
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** A random key per user action, so a retried POST never acts twice (works outside secure contexts too). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const authAndKeys: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    if (request.method === 'POST' && !request.headers.has('idempotency-key'))
      request.headers.set('idempotency-key', newIdempotencyKey());
    return request;
  },
};

/** Typed calls: paths, parameters and bodies are checked against the API's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });
api.use(authAndKeys);

async function problemOf(response: Response, body: unknown): Promise<Problem> {
  if (body && typeof body === 'object' && 'code' in body) return body as Problem;
  return { status: response.status, code: response.status === 401 ? 'unauthorized' : 'unknown' };
}

/**
 * The data of a typed call, or an ApiError. A 401 also ends the session, so the user is sent to
 * sign in again instead of seeing a broken page.
 */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError({ status: 0, code: 'network_error', detail: String(err) });
  }
  if (!result.response.ok) {
    const problem = await problemOf(result.response, result.error);
    if (problem.status === 401) onUnauthorized();
    throw new ApiError(problem);
  }
  return result.data as T;
}

/**
 * Upload a file with progress (fetch cannot report upload progress, XMLHttpRequest can). Answers
 * what POST /v1/uploads answers.
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/v1/uploads');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('idempotency-key', newIdempotencyKey());
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network_error' }));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as Upload);
      if (xhr.status === 401) onUnauthorized();
      const problem =
        body && typeof body === 'object' && 'code' in body
          ? (body as Problem)
          : { status: xhr.status, code: 'unknown' };
      reject(new ApiError(problem));
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

/** An attachment's bytes as an object URL (images and video need the Authorization header too). */
export async function attachmentUrl(id: string, variant?: 'thumbnail'): Promise<string> {
  return (await attachmentFile(id, variant)).url;
}

/** An attachment's bytes as an object URL, with their content type. */
export async function attachmentFile(
  id: string,
  variant?: 'thumbnail',
): Promise<{ url: string; type: string }> {
  const url = `/v1/attachments/${encodeURIComponent(id)}${variant ? `?variant=${variant}` : ''}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error' });
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiError(await problemOf(response, body));
  }
  const blob = await response.blob();
  return { url: URL.createObjectURL(blob), type: blob.type };
}
