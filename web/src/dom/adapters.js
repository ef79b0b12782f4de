// Adapters find the course cards in a host page. An adapter is a function from a DOM root to the
// cards under it: (root) => [{element, course, mount?}], where `course` is the course id the engine
// knows and `mount` (default: element) is where the tag goes. Its optional `attributes` property
// lists the attributes whose changes should re-tag a card (e.g. ["data-course-id"]).
//
//   dataAttributeAdapter()                               // <article data-course-id="py101">
//   createAdapter('.coursebox', (el) => el.dataset.courseid, {
//     mount: (el) => el.querySelector('.info'),          // e.g. outside the card's <a>
//     attributes: ['data-courseid'],
//   })

/** Cards are the elements matching `selector`; `getId(element)` returns the course id or null. */
export function createAdapter(selector, getId, { mount, attributes = [] } = {}) {
  if (typeof selector !== 'string' || !selector) throw new TypeError('createAdapter: selector must be a CSS selector');
  if (typeof getId !== 'function') throw new TypeError('createAdapter: getId must be a function');
  const adapter = (root) => {
    const out = [];
    const consider = (element) => {
      if (element.closest('[data-sweetspot]')) return; // never one of our own nodes
      let course;
      try { course = getId(element); } catch { course = null; }
      if (typeof course !== 'string' || !course) return;
      let target = element;
      if (mount) {
        try { target = mount(element) || element; } catch { target = element; }
      }
      out.push({ element, course, mount: target });
    };
    if (root.nodeType === 1 && root.matches(selector)) consider(root);
    for (const element of root.querySelectorAll(selector)) consider(element);
    return out;
  };
  adapter.attributes = [...attributes];
  return adapter;
}

/** The plain adapter: every element with a `data-course-id` (or another attribute) is a card. */
export function dataAttributeAdapter({ attribute = 'data-course-id', selector, mount } = {}) {
  return createAdapter(selector ?? `[${attribute}]`, (el) => el.getAttribute(attribute), { mount, attributes: [attribute] });
}
