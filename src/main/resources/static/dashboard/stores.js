/*
 * A merchant's home page: its stores (GET /api/stores; a merchant's token sees only its own, operations
 * staff see every store), on trial and formal, each with its next decision and date, as the API
 * stores them. /dashboard/stores.html?page=0
 */
'use strict';

const STORES_PER_PAGE = 50;

document.addEventListener('DOMContentLoaded', () => {
  document.querySelector('[data-testid="previous-page"]').addEventListener('click', () => show(currentPage() - 1));
  document.querySelector('[data-testid="next-page"]').addEventListener('click', () => show(currentPage() + 1));
  show(Math.max(0, parseInt(param('page'), 10) || 0));
});

function currentPage() {
  return Number(document.querySelector('[data-testid="stores"]').dataset.page || 0);
}

async function show(page) {
  const query = new URLSearchParams({ page: Math.max(0, page), size: STORES_PER_PAGE });
  history.replaceState(null, '', '?page=' + query.get('page'));
  document.body.dataset.state = 'loading';
  try {
    render(await api('/api/stores?' + query));
    document.body.dataset.state = 'rendered';
  } catch (error) {
    showError(error);
  }
}

/** "Checkpoint 2", "Annual assessment of 2026", "Fee statement for 2026" …: what the store's next decision is. */
function nextDecision(next) {
  return next ? t(`decision.${next.kind}`, { n: next.number }) : t('stores.noDecision');
}

function render(result) {
  const table = document.querySelector('[data-testid="stores"]');
  table.dataset.page = result.page;
  table.querySelector('tbody').replaceChildren(...result.items.map(s => el('tr', {
      testid: 'store-row', dataset: { storeId: s.id, status: s.status } },
    el('td', {}, storeLink(s.id, s.name),
      el('div', { className: 'sub', translate: 'no' }, `#${s.id} · ${s.merchantId}`)),
    el('td', { translate: 'no' }, s.categoryCode),
    el('td', {}, badge(s.status)),
    el('td', {}, s.standing ? badge(s.standing) : '—'),
    el('td', { testid: 'next-decision' }, nextDecision(s.nextDecision)),
    el('td', { className: 'nowrap', testid: 'next-decision-due' }, s.nextDecision ? date(s.nextDecision.dueOn) : '—'),
    el('td', { className: 'nowrap' }, date(s.launchDate)))));
  document.querySelector('[data-testid="stores-empty"]').hidden = result.items.length > 0;
  renderPager(result, 'stores.pageInfo');
}
