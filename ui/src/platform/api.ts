import type { TypedDocumentString } from '../gql/graphql';
import { apiBase, type SupportOptions } from './options';

/**
 * An error the API answered with: its stable code (SPEC section 14), for VALIDATION_FAILED the input field, and the
 * further extensions some errors carry (`details`, e.g. `line` for a problem in a template, `from`/`to` for a refused
 * workflow move).
 */
export class ApiError extends Error {
  readonly code: string;
  readonly field: string | null;
  readonly status: number;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, field: string | null = null, status = 0, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.status = status;
    this.details = details;
  }

  /** True when the error is about `field` (or a part of it: `input.body` is about `input.body[0]`'s owner). */
  isAbout(field: string): boolean {
    return this.field === field || (this.field?.startsWith(field + '.') ?? false) || (this.field?.startsWith(field + '[') ?? false);
  }
}

interface GraphQlError {
  message: string;
  extensions?: { code?: string; field?: string; [name: string]: unknown };
}

/** The extensions beyond code, classification and field. */
function detailsOf(extensions: GraphQlError['extensions']): Record<string, unknown> {
  const details: Record<string, unknown> = { ...extensions };
  for (const known of ['code', 'classification', 'field']) delete details[known];
  return details;
}

function headers(options: SupportOptions, token: string | null): Record<string, string> {
  const result: Record<string, string> = {};
  if (token) result['Authorization'] = `Bearer ${token}`;
  if (options.tenant) result['X-MemberPulse-Tenant'] = options.tenant;
  return result;
}

async function tokenOrFail(options: SupportOptions): Promise<string> {
  const token = await options.getToken();
  if (!token) {
    options.onUnauthenticated?.();
    throw new ApiError('UNAUTHENTICATED', 'Signed out', null, 401);
  }
  return token;
}

/**
 * Runs one GraphQL operation. Errors become an {@link ApiError} with the first error's code; the API answers
 * errors with a matching HTTP status (SPEC 14), so the body is read whatever the status.
 */
export async function execute<Result, Variables>(
  options: SupportOptions,
  document: TypedDocumentString<Result, Variables>,
  variables?: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const token = await tokenOrFail(options);
  let response: Response;
  try {
    response = await fetch(options.graphqlUrl, {
      method: 'POST',
      headers: { ...headers(options, token), 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('NETWORK', String(error));
  }
  if (response.status === 401) {
    options.onUnauthenticated?.();
    throw new ApiError('UNAUTHENTICATED', 'Signed out', null, 401);
  }
  let body: { data?: Result | null; errors?: GraphQlError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL_ERROR', `HTTP ${response.status}`, null, response.status);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'INTERNAL_ERROR';
    if (code === 'UNAUTHENTICATED') options.onUnauthenticated?.();
    throw new ApiError(code, first.message, first.extensions?.field ?? null, response.status, detailsOf(first.extensions));
  }
  if (!body.data) throw new ApiError('INTERNAL_ERROR', 'No data', null, response.status);
  return body.data;
}

/** What `POST /attachments` answers. */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

/**
 * Uploads a file with progress (XMLHttpRequest: fetch cannot report upload progress). 413 and 415 come back as
 * ApiError PAYLOAD_TOO_LARGE and UNSUPPORTED_MEDIA_TYPE; the caller shows them in plain words.
 */
export async function upload(options: SupportOptions, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<UploadedFile> {
  const token = await tokenOrFail(options);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${apiBase(options)}/attachments`);
    for (const [name, value] of Object.entries(headers(options, token))) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: Partial<UploadedFile> & { errors?: GraphQlError[] } = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // An answer without a JSON body (a proxy's 413, say): the status decides below.
      }
      if (request.status >= 200 && request.status < 300 && body.id) {
        onProgress(1);
        resolve(body as UploadedFile);
        return;
      }
      if (request.status === 401) options.onUnauthenticated?.();
      // Errors outside GraphQL have the same shape as GraphQL's (SPEC 14).
      const error = body.errors?.[0];
      const code = error?.extensions?.code ?? (request.status === 413 ? 'PAYLOAD_TOO_LARGE' : request.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'INTERNAL_ERROR');
      reject(new ApiError(code, error?.message ?? `HTTP ${request.status}`, error?.extensions?.field ?? null, request.status));
    };
    request.onerror = () => reject(new ApiError('NETWORK', 'Network error'));
    request.onabort = () => reject(new ApiError('ABORTED', 'Cancelled'));
    signal?.addEventListener('abort', () => request.abort());
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

/** Downloads an attachment with the token (the API never serves files without one) and saves it. */
export async function download(options: SupportOptions, url: string, name: string): Promise<void> {
  const token = await tokenOrFail(options);
  const response = await fetch(url.startsWith('http') ? url : `${apiBase(options)}${url}`, { headers: headers(options, token) });
  if (!response.ok) throw new ApiError(response.status === 404 ? 'NOT_FOUND' : 'INTERNAL_ERROR', `HTTP ${response.status}`, null, response.status);
  const blobUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = blobUrl;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
}
