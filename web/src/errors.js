// SweetspotError: bad input, reported by the engine with the JSON pointer of the problem, what was
// expected there and what was found. Thrown by every API call that cannot produce a result.

export class SweetspotError extends Error {
  /**
   * @param {string} message one line, as the CLI prints it ("<path>: expected <expected>, found <found>")
   * @param {{path?: string, expected?: string, found?: string}} [details]
   */
  constructor(message, { path = '', expected = '', found = '' } = {}) {
    super(message);
    this.name = 'SweetspotError';
    /** JSON pointer into the input document ("" for the whole document). */
    this.path = path;
    /** What the engine expected there, a short phrase ("integer level 0..5"). */
    this.expected = expected;
    /** What it found, a short phrase ("string \"abc\""). */
    this.found = found;
  }

  toJSON() {
    return { path: this.path, expected: this.expected, found: this.found, message: this.message };
  }
}

/** A SweetspotError about the way the JS API was called (not about a document's content). */
export function usageError(expected, found, path = '') {
  const where = path === '' ? '' : `${path}: `;
  return new SweetspotError(`${where}expected ${expected}, found ${found}`, { path, expected, found });
}
