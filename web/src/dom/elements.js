// The one element helper every UI part builds with: createElement + textContent, never HTML, so
// that titles and other strings from the LMS stay text.

export function el(doc, tag, className, text) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
