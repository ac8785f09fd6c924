// The JSON API, same origin. A failed answer becomes an Error carrying the server's message.

export class ApiFailure extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function get(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await r.json();
  } catch {
    // not JSON: reported below
  }
  if (!r.ok) throw new ApiFailure(r.status, body?.error ?? `${r.status} ${r.statusText}`);
  if (body === null) throw new ApiFailure(r.status, 'the server answered no JSON');
  return body;
}

let typesOnce = null;

/** The PLOVER types of the server's code table (GET /api/plover-types), fetched once. */
export function ploverTypes() {
  typesOnce ??= get('/api/plover-types').then(
    (r) => r.types,
    (e) => {
      typesOnce = null; // asked again next time
      throw e;
    },
  );
  return typesOnce;
}
