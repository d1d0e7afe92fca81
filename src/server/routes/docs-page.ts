/**
 * An interactive API reference with no third-party code: it reads /api/v1/openapi.json, lists each
 * endpoint with its parameters as a form, and shows the response of a request the reader tries.
 */

export const DOCS_HTML = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference – Social media crime dashboard</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0; color: #0b0c0c; line-height: 1.5; }
  header { background: #0b0c0c; color: #fff; padding: 1rem 1.5rem; }
  header a { color: #fff; }
  main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.75rem; margin: 0; }
  h2 { font-size: 1.25rem; margin-top: 2.5rem; border-top: 1px solid #b1b4b6; padding-top: 1rem; }
  code, pre, input { font-family: ui-monospace, Menlo, Consolas, monospace; }
  pre { background: #f3f2f1; padding: 1rem; overflow: auto; max-height: 30rem; white-space: pre-wrap; }
  label { display: block; font-weight: 600; margin-top: .75rem; }
  .hint { display: block; font-weight: 400; color: #505a5f; font-size: .9rem; }
  input { width: 100%; max-width: 30rem; padding: .4rem; border: 2px solid #0b0c0c; box-sizing: border-box; }
  button { margin-top: 1rem; background: #00703c; color: #fff; border: 0; padding: .6rem 1rem; font-size: 1rem; cursor: pointer; }
  a { color: #1d70b8; }
  :focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 5px #0b0c0c; }
</style>
</head>
<body>
<header><h1>API reference</h1><p><a href="/">Back to the dashboard</a> · <a href="/api/v1/openapi.json">OpenAPI document (JSON)</a></p></header>
<main id="main"><p id="intro">Loading the API description…</p></main>
<script src="/api/docs/docs.js" type="module"></script>
</body>
</html>`;

export const DOCS_SCRIPT = `
const main = document.getElementById('main');
const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  for (const c of children) e.append(c);
  return e;
};
const doc = await (await fetch('/api/v1/openapi.json')).json();
main.replaceChildren(el('p', { textContent: doc.info.description }));
let n = 0;
for (const [path, item] of Object.entries(doc.paths)) {
  const op = item.get;
  const id = 'op' + n++;
  const section = el('section');
  const h = el('h2', { id: id + '-h' }, el('code', { textContent: 'GET ' + path }));
  section.setAttribute('aria-labelledby', id + '-h');
  section.append(h, el('p', { textContent: op.summary }));
  const form = el('form');
  for (const p of op.parameters ?? []) {
    const inputId = id + '-' + p.name;
    const label = el('label', { htmlFor: inputId }, el('code', { textContent: p.name }), el('span', { className: 'hint', textContent: p.description }));
    form.append(label, el('input', { id: inputId, name: p.name, autocomplete: 'off' }));
  }
  // a named, focusable region that scrolls; a short status says when it has changed, rather than
  // reading out a response of many thousand characters
  const out = el('pre', { tabIndex: 0 });
  out.setAttribute('role', 'region');
  out.setAttribute('aria-label', 'Response to GET ' + path);
  const said = el('p', { className: 'hint' });
  said.setAttribute('role', 'status');
  form.append(el('button', { type: 'submit', textContent: 'Send request' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim() !== '') params.set(k, String(v).trim());
    const url = path + (params.size ? '?' + params : '');
    out.textContent = 'GET ' + url + ' …';
    said.textContent = 'Sending the request…';
    const res = await fetch(url);
    const text = await res.text();
    let body = text;
    try { body = JSON.stringify(JSON.parse(text), null, 2); } catch {}
    out.textContent = 'GET ' + url + '\\n' + res.status + ' ' + res.statusText + '\\n\\n' + body.slice(0, 20000);
    said.textContent = 'Response: ' + res.status + ' ' + res.statusText + ', shown below.';
  });
  section.append(form, said, out);
  main.append(section);
}
`;
