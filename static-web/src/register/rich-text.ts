// Presentation and terms come as HTML written by the organiser. They are parsed inertly
// (DOMParser runs no script) and only plain formatting elements are copied into the page.

const ALLOWED = new Set([
  'P', 'BR', 'STRONG', 'B', 'EM', 'I', 'U', 'UL', 'OL', 'LI', 'H3', 'H4', 'H5', 'BLOCKQUOTE', 'A', 'SPAN', 'SMALL', 'HR',
  'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD',
]);
const HEADING_SHIFT: Record<string, string> = { H1: 'h3', H2: 'h3' };
const SAFE_LINK = /^(https?:|mailto:|tel:|\/|#)/i;

export function richText(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  copyChildren(parsed.body, fragment);
  return fragment;
}

function copyChildren(from: Node, to: Node): void {
  from.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(node.textContent ?? ''));
      return;
    }
    if (!(node instanceof Element)) return;
    const tag = HEADING_SHIFT[node.tagName] ?? (ALLOWED.has(node.tagName) ? node.tagName.toLowerCase() : null);
    if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') return;
    if (!tag) {
      // Unknown wrappers (div, section, font…) keep their text and allowed children.
      copyChildren(node, to);
      return;
    }
    const copy = document.createElement(tag);
    if (tag === 'a') {
      const href = node.getAttribute('href') ?? '';
      if (SAFE_LINK.test(href.trim())) copy.setAttribute('href', href.trim());
      if (/^https?:/i.test(href.trim())) {
        copy.setAttribute('target', '_blank');
        copy.setAttribute('rel', 'noopener noreferrer');
      }
    }
    copyChildren(node, copy);
    to.appendChild(copy);
  });
}
