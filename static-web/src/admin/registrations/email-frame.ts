// An email's HTML is shown in a sandboxed iframe (no scripts, no same origin, no forms) through
// srcdoc, never injected into the page. The policy below also keeps it from loading anything from
// the network (tracking pixels, remote fonts): what staff see is what was sent, without side effects.

export const EMAIL_FRAME_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function emailSrcdoc(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="${EMAIL_FRAME_POLICY}">`;
  return `<!doctype html><html><head>${policy}<meta charset="utf-8"></head><body>${html}</body></html>`;
}

/** Attributes of the iframe: an empty sandbox grants nothing. */
export const EMAIL_FRAME_ATTRIBUTES = { sandbox: '', referrerpolicy: 'no-referrer', loading: 'lazy' } as const;
