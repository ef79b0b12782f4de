// Calls the plugin's external functions the way core/ajax does: POST lib/ajax/service.php with
// the session key, one request per call. Kept in the plugin (not in the Sweetspot package, which
// makes no network request of its own): it talks only to this Moodle site.

/**
 * Resolves to the function's data; rejects with an Error carrying `errorcode` (e.g.
 * "servicerequireslogin", "nopermissions") when Moodle reports one.
 */
export async function callMoodleService({ wwwroot, sesskey, fetch: fetchImpl = globalThis.fetch }, methodname, args = {}) {
  if (!wwwroot || !sesskey) throw new Error('callMoodleService: wwwroot and sesskey are required (M.cfg)');
  const url = `${String(wwwroot).replace(/\/+$/, '')}/lib/ajax/service.php?sesskey=${encodeURIComponent(sesskey)}&info=${encodeURIComponent(methodname)}`;
  const response = await fetchImpl(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify([{ index: 0, methodname, args }]),
  });
  if (!response.ok) throw Object.assign(new Error(`${methodname}: HTTP ${response.status}`), { errorcode: `http${response.status}` });
  const body = await response.json();
  // A whole-request failure (expired session, bad sesskey) is one object, not an array.
  if (!Array.isArray(body)) {
    const code = body?.errorcode ?? 'unknown';
    throw Object.assign(new Error(`${methodname}: ${body?.error ?? body?.message ?? code}`), { errorcode: code });
  }
  const first = body[0];
  if (!first || first.error) {
    const ex = first?.exception ?? {};
    throw Object.assign(new Error(`${methodname}: ${ex.message ?? 'failed'}`), { errorcode: ex.errorcode ?? 'unknown' });
  }
  return first.data;
}
