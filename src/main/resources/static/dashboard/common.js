/*
 * What both dashboard pages share: the one way they call the API, number and date formats, and a
 * small DOM helper. Plain browser JavaScript, no build step, no CDN.
 */
'use strict';

const TOKEN_KEY = 'trialAssessment.token';

/*
 * A bearer token for the API, if there is one: #token=... in the page's address (the fragment is
 * never sent to a server nor in a Referer; kept for this tab in sessionStorage and taken off the
 * address bar), one given in the sign-in form, or one kept earlier. Every call sends it. A token in
 * the query string (?token=...) is never used: the browser has sent it to the server with the page
 * already, where it may sit in access logs; it is taken off the address bar and the page says so.
 */
let queryTokenRefused = false;

function apiToken() {
  const url = new URL(window.location.href);
  let changed = false;
  if (url.searchParams.has('token')) {
    url.searchParams.delete('token');
    queryTokenRefused = true;
    changed = true;
  }
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  const fromFragment = fragment.get('token');
  if (fromFragment) {
    sessionStorage.setItem(TOKEN_KEY, fromFragment);
    fragment.delete('token');
    url.hash = fragment.toString();
    changed = true;
  }
  if (changed) {
    history.replaceState(null, '', url.pathname + url.search + (url.hash.length > 1 ? url.hash : ''));
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * The roles of the token kept for this tab, read from its payload for the page's own use (what to
 * show); the API checks the token itself on every call. Empty without a readable token.
 */
function tokenRoles() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const roles = JSON.parse(atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, '='))).roles;
    return Array.isArray(roles) ? roles : [];
  } catch (ignored) {
    return [];
  }
}

/** A small form that keeps a token for this tab and loads the page again with it. */
function showSignIn() {
  if (document.querySelector('[data-testid="sign-in"]')) {
    return;
  }
  const input = el('input', { id: 'sign-in-token', name: 'token', type: 'password', autocomplete: 'off',
    required: 'required', testid: 'sign-in-token' });
  const form = el('form', { className: 'sign-in', testid: 'sign-in' },
    el('label', { for: 'sign-in-token' }, t('common.signIn.label')), ' ', input, ' ',
    el('button', { type: 'submit', testid: 'sign-in-submit' }, t('common.signIn.submit')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, input.value.trim());
    window.location.reload();
  });
  document.querySelector('[data-testid="error"]').after(form);
}

/** GET an API path and answer its JSON; a problem answer becomes an Error with the problem's detail. */
async function api(path) {
  // the API answers its problems in the page's language
  const headers = { Accept: 'application/json', 'Accept-Language': LANG };
  const token = apiToken();
  if (token) {
    headers.Authorization = 'Bearer ' + token;
  }
  const response = await fetch(path, { headers });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch (ignored) {
      // not a problem document; the status text will do
    }
    const error = new Error(`${path}: ${response.status} ${detail}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

const MONEY = new Intl.NumberFormat(LANG, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat(LANG, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const DATE = new Intl.DateTimeFormat(LANG, { year: 'numeric', month: LANG === 'zh-CN' ? 'long' : 'short', day: 'numeric',
  timeZone: 'UTC' });
const COMPACT = new Intl.NumberFormat(LANG, { notation: 'compact', maximumFractionDigits: 1 });

/** CNY (yuan) with two decimals and the language's grouping, e.g. 123,000.00; a dash when there is no value. */
function money(value) {
  return value === null || value === undefined ? t('common.none') : MONEY.format(value);
}

/** A score with two decimals, e.g. 4.60. */
function score(value) {
  return value === null || value === undefined ? '—' : Number(value).toFixed(2);
}

/** A fraction as a percentage with one decimal, e.g. 0.4375 → 43.8%. */
function percent(value) {
  return value === null || value === undefined ? '—' : PERCENT.format(value);
}

/** A large amount for a chart's axis: 1.2M in English, 12万 in Chinese. */
function compact(value) {
  return COMPACT.format(value);
}

/** A calendar date of the API (2026-04-10) as the language writes it: Apr 10, 2026 or 2026年4月10日. */
function date(value) {
  return value ? DATE.format(new Date(value + 'T00:00:00Z')) : '—';
}

/**
 * 2026-04-10T02:00:03+08:00 → Apr 10, 2026 02:00 or 2026年4月10日 02:00: the date and the time of day as
 * the API gives them, in the business zone.
 */
function timestamp(value) {
  return value ? `${date(value.substring(0, 10))} ${value.substring(11, 16)}` : '—';
}

/** A query parameter of the page's address, or null. */
function param(name) {
  return new URL(window.location.href).searchParams.get(name);
}

/**
 * Creates an element: el('td', { testid: 'gap', className: 'num' }, '12.5%'). Children are nodes or
 * text (always set as text, never parsed as HTML).
 */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined) {
      continue;
    }
    if (key === 'testid') {
      node.dataset.testid = value;
    } else if (key === 'className') {
      node.className = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(key, value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

/** A link to a store's page, with the store's name (a value of the API, not translated). */
function storeLink(id, name) {
  return el('a', { href: `store.html?id=${id}`, testid: 'store-link', translate: 'no' }, name);
}

/**
 * The pager under a paged list: "page 2 of 5 · …" in the words of {@code key} (with {page}, {pages}
 * and {total}), and Previous / Next enabled only where there is a page to go to.
 */
function renderPager(result, key) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  setText('page-info', t(key, { page: result.page + 1, pages, total: result.total }));
  document.querySelector('[data-testid="previous-page"]').disabled = result.page <= 0;
  document.querySelector('[data-testid="next-page"]').disabled = result.page + 1 >= pages;
}

/** Sets the text of the element with data-testid {@code testid}. */
function setText(testid, text) {
  const node = document.querySelector(`[data-testid="${testid}"]`);
  if (node) {
    node.textContent = text;
  }
  return node;
}

/**
 * A badge for a status or state of the API, in the page's language:
 * <span class="badge badge-passed" data-value="PASSED">PASSED</span> (通过 in Chinese).
 */
function badge(value, testid) {
  return el('span', { className: 'badge badge-' + String(value).toLowerCase().replace(/_/g, '-'), testid,
    dataset: { value } }, tValue('state', value));
}

/** Shows an error on the page (and keeps the rest of the page as it is). */
function showError(error) {
  const box = document.querySelector('[data-testid="error"]');
  box.textContent = error.message || String(error);
  if (error.status === 401) {
    box.textContent += t(queryTokenRefused ? 'common.signIn.queryRefused' : 'common.signIn.hint');
    showSignIn();
  }
  box.hidden = false;
  document.body.dataset.state = 'error';
}

/*
 * The rehearsal clock (trial.business-clock.offset, local profile only): when the service's business
 * date runs ahead of the real one, a banner above everything says so. /actuator/info tells; it says
 * nothing of a business clock when there is no offset. The body's data-business-clock is "shown" or
 * "none" once the page knows; a failure to ask leaves the page as it is.
 */
async function showBusinessClock() {
  let clock = null;
  try {
    clock = (await api('/actuator/info')).businessClock || null;
  } catch (ignored) {
    // no banner, then: the page itself works without one
  }
  if (clock) {
    const days = clock.days === 1 ? t('common.days.one') : t('common.days.other', { n: clock.days });
    document.body.prepend(el('p', { className: 'rehearsal-clock', role: 'status', testid: 'business-clock' },
      t('common.rehearsalClock', { today: date(clock.today), days })));
  }
  document.body.dataset.businessClock = clock ? 'shown' : 'none';
}

document.addEventListener('DOMContentLoaded', showBusinessClock);
