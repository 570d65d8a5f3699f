/*
 * For operations: the stores at risk, /dashboard/at-risk.html?categoryCode=&checkpoint=&page=&size=,
 * from GET /api/dashboard/at-risk-stores, and the counts of GET /api/dashboard/summary. The filters
 * live in the page's address, so a filtered list can be bookmarked or shared.
 */
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('[data-testid="filters"]');
  for (const option of form.checkpoint.querySelectorAll('option[data-day]')) {
    option.textContent = t('atRisk.filter.checkpointDay', { n: option.value, day: option.dataset.day });
  }
  form.categoryCode.value = param('categoryCode') || '';
  form.phase.value = param('phase') === 'FORMAL' ? 'FORMAL' : 'TRIAL';
  form.standing.value = param('standing') || '';
  form.checkpoint.value = param('checkpoint') || '';
  form.phase.addEventListener('change', showPhaseFilters);
  showPhaseFilters();
  renderLead(form.phase.value === 'FORMAL');
  if (param('size')) {
    form.size.value = param('size');
  }
  form.addEventListener('submit', event => {
    event.preventDefault();
    show(0);
  });
  document.querySelector('[data-testid="previous-page"]').addEventListener('click', () => show(currentPage() - 1));
  document.querySelector('[data-testid="next-page"]').addEventListener('click', () => show(currentPage() + 1));
  loadSummary();
  loadCategories();
  show(Math.max(0, parseInt(param('page'), 10) || 0));
});

function currentPage() {
  return Number(document.querySelector('[data-testid="at-risk"]').dataset.page || 0);
}

/** Shows page {@code page} of the list for the form's filters, and puts the filters in the address. */
async function show(page) {
  const form = document.querySelector('[data-testid="filters"]');
  const query = new URLSearchParams();
  if (form.categoryCode.value.trim()) {
    query.set('categoryCode', form.categoryCode.value.trim());
  }
  const formal = form.phase.value === 'FORMAL';
  if (formal) {
    query.set('phase', 'FORMAL');
    if (form.standing.value) {
      query.set('standing', form.standing.value);
    }
  } else if (form.checkpoint.value) {
    query.set('checkpoint', form.checkpoint.value);
  }
  query.set('page', Math.max(0, page));
  query.set('size', form.size.value);
  history.replaceState(null, '', '?' + query);
  document.body.dataset.state = 'loading';
  try {
    const result = await api('/api/dashboard/at-risk-stores?' + query);
    renderLead(formal);
    (formal ? renderFormal : render)(result);
    paging(result, formal);
    document.body.dataset.state = 'rendered';
  } catch (error) {
    showError(error);
  }
}

/** Standing is a filter of formal stores, the next checkpoint one of stores on trial. */
function showPhaseFilters() {
  const formal = document.querySelector('[data-testid="filters"]').phase.value === 'FORMAL';
  document.querySelector('[data-testid="standing-filter"]').hidden = !formal;
  document.querySelector('[data-testid="checkpoint-filter"]').hidden = formal;
}

function render(result) {
  const table = document.querySelector('[data-testid="at-risk"]');
  table.querySelector('tbody').replaceChildren(...result.items.map(s => el('tr', {
      testid: 'at-risk-row', dataset: { storeId: s.storeId } },
    el('td', {}, storeLink(s.storeId, s.name),
      el('div', { className: 'sub' }, t('atRisk.launched', { id: s.storeId, date: date(s.launchDate) }))),
    el('td', { className: 'nowrap', translate: 'no' }, s.merchantId),
    el('td', { translate: 'no' }, s.categoryCode),
    el('td', { className: 'num', testid: 'next-checkpoint' }, s.nextCheckpoint),
    el('td', { className: 'nowrap' }, date(s.dueDate)),
    el('td', { className: 'num', testid: 'sales-so-far' }, money(s.salesSoFar)),
    el('td', { className: 'num' }, money(s.salesNeeded)),
    el('td', { className: 'num', testid: 'projected' }, money(s.projectedCumulativeSales)),
    el('td', { className: 'num', testid: 'gap' }, percent(s.relativeSalesGap)),
    el('td', {}, s.latestScore === null
      ? (s.scoreTarget === null ? t('atRisk.scoreNotAssessed') : t('atRisk.scoreNone', { target: score(s.scoreTarget) }))
      : `${score(s.latestScore)} / ${score(s.scoreTarget)}`),
    el('td', {}, t('store.verdicts.compliance', { serious: s.seriousViolations, points: s.generalPoints })),
    el('td', { testid: 'most-at-risk' }, tValue('requirement', s.mostAtRisk)),
    el('td', {}, badge(s.outcomeIfDecidedToday)))));
}

/** Formal stores whose year-end outlook fails (warned ones first): their year against its pro-rated target. */
function renderFormal(result) {
  document.querySelector('[data-testid="at-risk-formal"] tbody').replaceChildren(...result.items.map(s => el('tr', {
      testid: 'at-risk-row', dataset: { storeId: s.storeId, standing: s.standing } },
    el('td', {}, storeLink(s.storeId, s.name),
      el('div', { className: 'sub', translate: 'no' }, `#${s.storeId}`)),
    el('td', { className: 'nowrap', translate: 'no' }, s.merchantId),
    el('td', { translate: 'no' }, s.categoryCode),
    el('td', { testid: 'standing' }, badge(s.standing)),
    el('td', { className: 'num' }, s.year),
    el('td', { className: 'num', testid: 'sales-so-far' }, money(s.salesSoFar)),
    el('td', { className: 'num' }, money(s.targetToDate)),
    el('td', { className: 'num', testid: 'projected' }, money(s.projected)),
    el('td', { className: 'num' }, money(s.targetForYear)),
    el('td', { className: 'num', testid: 'gap' }, percent(s.relativeSalesGap)),
    el('td', {}, !s.scoreAssessed ? t('atRisk.scoreNotAssessed')
      : s.latestScore === null ? t('atRisk.scoreNone', { target: score(s.scoreTarget) })
        : `${score(s.latestScore)} / ${score(s.scoreTarget)}`),
    el('td', {}, t('store.verdicts.compliance', { serious: s.seriousViolations, points: s.generalPoints })),
    el('td', { testid: 'most-at-risk' }, tValue('requirement', s.mostAtRisk)),
    el('td', {}, badge(s.outcomeIfYearEndedToday)))));
}

/** The table of the phase shown, the empty note and the pager. */
function paging(result, formal) {
  document.querySelector('[data-testid="at-risk"]').hidden = formal;
  document.querySelector('[data-testid="at-risk-formal"]').hidden = !formal;
  document.querySelector('[data-testid="at-risk"]').dataset.page = result.page;
  document.querySelector('[data-testid="at-risk-empty"]').hidden = result.items.length > 0;
  renderPager(result, 'atRisk.pageInfo');
}

let businessToday = '—';

/** The page's lead sentence for the phase shown, with the business date it is as of. */
function renderLead(formal) {
  document.querySelector('[data-testid="lead"]').replaceChildren(...tNodes(formal ? 'atRisk.leadFormal' : 'atRisk.lead', {
    today: el('b', { testid: 'today' }, businessToday) }));
}

async function loadSummary() {
  try {
    const summary = await api('/api/dashboard/summary');
    businessToday = date(summary.today);
    renderLead(document.querySelector('[data-testid="filters"]').phase.value === 'FORMAL');
    setText('summary-total', summary.total);
    setText('summary-trial', summary.byStatus.TRIAL);
    setText('summary-formal', summary.byStatus.FORMAL);
    setText('summary-terminated', summary.byStatus.TERMINATED);
    setText('summary-cleared', summary.byStatus.CLEARED ?? 0);
    for (const k of [1, 2, 3, 4]) {
      setText(`summary-next-${k}`, summary.onTrialByNextCheckpoint[k]);
    }
    document.querySelector('[data-testid="summary-total"]').dataset.loaded = 'true';
  } catch (error) {
    showError(error);
  }
}

/** Offers the known category codes in the filter; the list is a convenience, so a failure is quiet. */
async function loadCategories() {
  try {
    const categories = await api('/api/categories?size=500');
    document.getElementById('categories').replaceChildren(
      ...categories.items.map(c => el('option', { value: c.code }, c.name)));
  } catch (ignored) {
    // typing a code still works
  }
}
