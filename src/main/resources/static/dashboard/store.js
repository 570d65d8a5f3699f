/*
 * One store's trial at a glance: /dashboard/store.html?id=7. Everything shown comes from the API
 * (GET /api/stores/{id}/assessment and friends); the page computes no verdicts of its own.
 */
'use strict';

const CHECKPOINT_DAYS = [30, 90, 150, 210];
const TRIAL_DAYS = 210;
const STATE_COLORS = {
  PASSED: '#15803d', FAILED: '#b91c1c', DUE: '#b45309', AWAITING_DATA: '#7c3aed',
  UPCOMING: '#64748b', NOT_REACHED: '#cbd5e1'
};
const REQUIREMENT_NAMES = { SALES: 'Sales', SERVICE_SCORE: 'Service score', COMPLIANCE: 'Compliance' };

document.addEventListener('DOMContentLoaded', load);

async function load() {
  const id = param('id');
  if (!isStoreId(id)) {
    showError(new Error("Which store? Give its id in the address, e.g. store.html?id=7"));
    return;
  }
  try {
    const assessment = await api(`/api/stores/${id}/assessment`);
    const lastDay = dayOf(assessment.launchDate, TRIAL_DAYS);
    const [curve, verdicts, violations, scores, fees, standing] = await Promise.all([
      api(`/api/stores/${id}/assessment/sales-curve`),
      api(`/api/stores/${id}/verdicts?size=500`),
      api(`/api/stores/${id}/violations?size=500`),
      api(`/api/stores/${id}/service-scores?size=500&from=${assessment.launchDate}&to=${lastDay}`),
      api(`/api/stores/${id}/fee-statements?size=500`),
      // only a formal store has a year to stand in (and a fee preview)
      assessment.status === 'FORMAL' ? api(`/api/stores/${id}/annual-standing`) : Promise.resolve(null)
    ]);
    renderHeader(assessment);
    renderTimeline(assessment);
    renderNext(assessment);
    renderOutlook(assessment);
    renderTrialOver(assessment, verdicts.items);
    renderSalesChart(assessment, curve);
    renderScoreChart(assessment, scores.items);
    renderViolations(assessment, violations);
    renderVerdicts(verdicts);
    renderFees(fees, standing);
    document.body.dataset.state = 'rendered';
  } catch (error) {
    showError(error);
  }
}

/**
 * A store id as the API reads it: plain ASCII digits without a leading zero, at most the largest
 * 64-bit number. Anything else (0x7, " 7", 07, +7, 7.0, digits of other scripts) is refused here,
 * before the page asks the API for anything.
 */
function isStoreId(id) {
  return id !== null && /^[1-9][0-9]{0,18}$/.test(id) && BigInt(id) <= 9223372036854775807n;
}

/** The calendar date (YYYY-MM-DD) of trial day n. */
function dayOf(launchDate, n) {
  const date = new Date(launchDate + 'T00:00:00Z');
  date.setUTCDate(date.getUTCDate() + n - 1);
  return date.toISOString().substring(0, 10);
}

/** The trial day of a calendar date (day 1 = the launch date). */
function trialDayOf(launchDate, date) {
  return Math.round((Date.parse(date + 'T00:00:00Z') - Date.parse(launchDate + 'T00:00:00Z')) / 86400000) + 1;
}

function renderHeader(a) {
  document.title = `${a.name} · trial assessment`;
  setText('store-name', a.name);
  setText('store-id', a.storeId);
  setText('merchant-id', a.merchantId);
  setText('category', a.categoryCode);
  setText('target-version', a.targetVersion);
  setText('launch-date', a.launchDate);
  setText('today', a.today);
  const status = setText('status', a.status);
  status.className = 'badge badge-large badge-' + a.status.toLowerCase();
  renderTrialDay(a);
  // the at-risk list is for operations staff: a merchant's token could not open it
  document.querySelector('[data-testid="crumbs"]').hidden = !tokenRoles().includes('OPS');
}

/** "Day 65 of 210" while on trial; never beyond 210; "Trial over" once the trial has ended. */
function renderTrialDay(a) {
  const line = document.querySelector('[data-testid="trial-day-line"]');
  if (a.status !== 'TRIAL') {
    line.replaceChildren('Trial over');
  } else if (a.trialDay > 210) {
    line.replaceChildren('Day ', el('b', { testid: 'trial-day' }, 210), ' of 210, ',
      el('span', { testid: 'days-past-trial' }, a.trialDay - 210), ' days past: a checkpoint still awaits its decision');
  } else {
    setText('trial-day', a.trialDay);
  }
}

function renderTimeline(a) {
  const list = document.querySelector('[data-testid="timeline"]');
  list.replaceChildren(...a.checkpoints.map(c => {
    const needed = c.salesTarget * (c.day / 30);
    return el('li', { className: 'checkpoint state-' + c.state.toLowerCase().replace(/_/g, '-')
        + (c.checkpoint === a.nextCheckpoint ? ' next' : ''), testid: `checkpoint-${c.checkpoint}`,
        dataset: { state: c.state } },
      el('div', { className: 'checkpoint-title' }, `Checkpoint ${c.checkpoint}`),
      el('div', { className: 'checkpoint-day' }, `day ${c.day} · due `,
        el('span', { testid: `checkpoint-${c.checkpoint}-due` }, c.dueDate)),
      badge(c.state, `checkpoint-${c.checkpoint}-state`),
      el('div', { className: 'checkpoint-targets' },
        `sales ${money(needed)}`,
        c.serviceScoreTarget === undefined ? '' : ` · score ${score(c.serviceScoreTarget)}`),
      c.verdictId ? el('a', { href: `#verdict-${c.verdictId}`, className: 'verdict-link' }, 'verdict') : null);
  }));
}

function renderNext(a) {
  const section = document.querySelector('[data-testid="next-checkpoint"]');
  const next = a.checkpoints.find(c => c.checkpoint === a.nextCheckpoint);
  if (!next) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  setText('next-checkpoint-number', next.checkpoint);
  setText('next-checkpoint-due', next.dueDate);
  setText('next-checkpoint-day', next.day);
  setText('sales-so-far', money(next.salesSoFar));
  setText('sales-needed', money(next.salesNeeded));
  setText('sales-still-needed', money(next.salesStillNeeded));
  setText('remaining-days', next.remainingDays);
  setText('daily-sales-needed', next.dailySalesNeeded === undefined
    ? `— (${next.state === 'AWAITING_DATA' ? 'due, waiting for a service score' : 'due'})`
    : money(next.dailySalesNeeded));
  setText('latest-score', next.latestScore === undefined
    ? (next.checkpoint === 1 ? 'not assessed at checkpoint 1' : 'none reported yet') : score(next.latestScore));
  setText('latest-score-date', next.latestScoreDate || '—');
  setText('score-target', next.scoreTarget === undefined ? '—' : score(next.scoreTarget));
  setText('general-points', next.generalPoints);
  setText('general-points-bar', next.generalPointsBar);
  setText('serious-violations', next.seriousViolations);
}

function renderOutlook(a) {
  const section = document.querySelector('[data-testid="outlook"]');
  const o = a.outlook;
  if (!o) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  setText('outlook-checkpoint', o.checkpoint);
  for (const [testid, value] of [['today-sales', o.ifDecidedToday.sales], ['today-score', o.ifDecidedToday.serviceScore],
    ['today-compliance', o.ifDecidedToday.compliance], ['today-outcome', o.ifDecidedToday.outcome]]) {
    document.querySelector(`[data-testid="${testid}"]`).replaceChildren(badge(value));
  }
  setText('run-rate', o.dailyRunRate === null ? '— (no full day yet)' : money(o.dailyRunRate));
  setText('projected-sales', money(o.projectedCumulativeSales));
  setText('outlook-sales-needed', money(o.salesNeeded));
  const finalShown = o.projectedFinal30DaysSales !== null;
  document.querySelector('[data-testid="projected-final-label"]').hidden = !finalShown;
  document.querySelector('[data-testid="projected-final"]').hidden = !finalShown;
  if (finalShown) {
    setText('projected-final', money(o.projectedFinal30DaysSales));
  }
  const gap = Number(o.relativeSalesGap);
  setText('relative-gap', gap > 0 ? `${percent(gap)} short` : gap < 0 ? `${percent(-gap)} ahead` : 'on target');
  const risk = setText('at-risk', o.atRisk ? 'At risk' : 'On track');
  risk.className = 'risk ' + (o.atRisk ? 'risk-yes' : 'risk-no');
  setText('most-at-risk', REQUIREMENT_NAMES[o.mostAtRisk] || o.mostAtRisk);
}

function renderTrialOver(a, verdicts) {
  const section = document.querySelector('[data-testid="trial-over"]');
  if (a.status === 'TRIAL') {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  if (a.status === 'FORMAL') {
    setText('trial-over-text', 'All four checkpoints passed: this is a regular store now.');
  } else {
    const failed = verdicts.find(v => v.current && v.outcome === 'FAILED');
    setText('trial-over-text', failed
      ? `Checkpoint ${failed.checkpoint} failed (${(failed.failedRequirements || []).join(', ').toLowerCase()
        .replace(/_/g, ' ') || 'see its verdict'}); the trial ended and later checkpoints are not assessed.`
      : 'The trial ended.');
  }
}

function renderSalesChart(a, curve) {
  const canvas = document.querySelector('[data-testid="chart"]');
  const datasets = [{
    label: 'Cumulative sales',
    data: curve.map(p => ({ x: p.day, y: Number(p.cumulative) })),
    borderColor: '#2563eb',
    backgroundColor: 'rgba(37, 99, 235, 0.12)',
    fill: true,
    pointRadius: 0,
    borderWidth: 2
  }];
  a.checkpoints.forEach((c, i) => {
    const needed = c.salesTarget * (c.day / 30);
    datasets.push({
      label: `Checkpoint ${c.checkpoint}: ${money(needed)} by day ${c.day}`,
      data: [{ x: i === 0 ? 1 : CHECKPOINT_DAYS[i - 1], y: needed }, { x: c.day, y: needed }],
      borderColor: STATE_COLORS[c.state],
      backgroundColor: STATE_COLORS[c.state],
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: [0, 4],
      fill: false
    });
  });
  if (a.trialDay >= 1 && a.trialDay <= TRIAL_DAYS) {
    const top = Math.max(...datasets.flatMap(d => d.data.map(p => p.y)), 1);
    datasets.push({
      label: `Today (day ${a.trialDay})`,
      data: [{ x: a.trialDay, y: 0 }, { x: a.trialDay, y: top }],
      borderColor: '#94a3b8', borderWidth: 1, borderDash: [2, 3], pointRadius: 0, fill: false
    });
  }
  drawChart(canvas, datasets, {
    y: { beginAtZero: true, title: { display: true, text: 'CNY' }, ticks: { callback: v => compact(v) } }
  }, item => `${item.dataset.label.split(':')[0]}: ${money(item.parsed.y)} (day ${item.parsed.x})`);
  canvas.dataset.points = String(curve.length);
}

function renderScoreChart(a, snapshots) {
  const canvas = document.querySelector('[data-testid="score-chart"]');
  const datasets = [{
    label: 'Service score',
    data: snapshots.map(s => ({ x: trialDayOf(a.launchDate, s.date), y: Number(s.score) })),
    borderColor: '#0f766e',
    backgroundColor: '#0f766e',
    pointRadius: 3,
    borderWidth: 2,
    stepped: 'before'
  }];
  // the score counted at checkpoint k is the latest one up to day D(k): checkpoint 2 spans days 1..90
  a.checkpoints.filter(c => c.serviceScoreTarget !== undefined).forEach(c => {
    datasets.push({
      label: `Checkpoint ${c.checkpoint} target ${score(c.serviceScoreTarget)}`,
      data: [{ x: c.checkpoint === 2 ? 1 : CHECKPOINT_DAYS[c.checkpoint - 2], y: Number(c.serviceScoreTarget) },
        { x: c.day, y: Number(c.serviceScoreTarget) }],
      borderColor: STATE_COLORS[c.state],
      backgroundColor: STATE_COLORS[c.state],
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: [0, 4]
    });
  });
  drawChart(canvas, datasets, { y: { suggestedMin: 4, suggestedMax: 5, title: { display: true, text: 'score' } } },
    item => `${item.dataset.label}: ${score(item.parsed.y)} (day ${item.parsed.x})`);
  canvas.dataset.points = String(snapshots.length);
}

/** Draws a line chart over the trial's days 1..210, without animation, and marks the canvas as drawn. */
function drawChart(canvas, datasets, scales, label) {
  const existing = Chart.getChart(canvas);
  if (existing) {
    existing.destroy();
  }
  new Chart(canvas, {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      scales: {
        x: { type: 'linear', min: 1, max: TRIAL_DAYS, title: { display: true, text: 'trial day' },
          ticks: { stepSize: 30, callback: v => (v === 1 ? 1 : v) } },
        ...scales
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 18 } },
        tooltip: { callbacks: { label } }
      }
    }
  });
  canvas.dataset.rendered = 'true';
}

/** 1234567 → 1.2M, for the y axis. */
function compact(value) {
  return new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

function renderViolations(a, page) {
  const body = document.querySelector('[data-testid="violations"] tbody');
  body.replaceChildren(...page.items.map(v => el('tr', { testid: 'violation-row', className: v.revoked ? 'muted' : null },
    el('td', { className: 'nowrap' }, v.occurredOn),
    el('td', { className: 'num' }, trialDayOf(a.launchDate, v.occurredOn)),
    el('td', {}, v.type),
    el('td', {}, badge(v.severity)),
    el('td', { className: 'num' }, v.points),
    el('td', {}, v.revoked ? `revoked: ${v.revocationReason || ''}` : 'counts'))));
  document.querySelector('[data-testid="violations-empty"]').hidden = page.items.length > 0;
  appendMore(body, page, 6);
}

function renderVerdicts(page) {
  const body = document.querySelector('[data-testid="verdicts"] tbody');
  body.replaceChildren(...page.items.map(v => el('tr', {
      testid: 'verdict-row', id: `verdict-${v.id}`, className: v.current ? null : 'muted',
      dataset: { checkpoint: v.checkpoint, outcome: v.outcome, current: v.current } },
    el('td', { className: 'num' }, v.checkpoint),
    el('td', {}, badge(v.outcome, 'verdict-outcome')),
    el('td', { className: 'nowrap' }, timestamp(v.decidedAt)),
    el('td', {}, v.trigger.toLowerCase()),
    el('td', { className: 'num' }, money(v.sales.cumulative)),
    el('td', { className: 'num' }, `${money(v.sales.monthlyAverage)} / ${money(v.sales.target)}`),
    el('td', {}, v.sales.basis ? v.sales.basis.toLowerCase().replace(/_/g, ' ') : '—'),
    el('td', {}, v.serviceScore.assessed ? `${score(v.serviceScore.score)} / ${score(v.serviceScore.target)}`
      : 'not assessed'),
    el('td', {}, `${v.compliance.seriousViolations} serious, ${v.compliance.generalPoints} points`),
    el('td', {}, v.current ? 'current' : 'superseded'),
    el('td', {}, v.reason || ''))));
  document.querySelector('[data-testid="verdicts-empty"]').hidden = page.items.length > 0;
  appendMore(body, page, 11);
}

const FEE_CAUSES = { YEAR_END: 'year end', TERMINATED: 'trial ended', CLEARED: 'cleared' };

/** The store's fee statements as issued (a void one struck through), and this year's fee at the current pace. */
function renderFees(page, standing) {
  const body = document.querySelector('[data-testid="fee-statements"] tbody');
  body.replaceChildren(...page.items.map(f => el('tr', {
      testid: 'fee-statement-row', className: f.status === 'VOID' ? 'muted' : null,
      dataset: { year: f.year, cause: f.cause, status: f.status } },
    el('td', { className: 'num' }, f.year),
    el('td', {}, FEE_CAUSES[f.cause] || f.cause),
    el('td', { className: 'nowrap' }, `${f.firstTradingDay} – ${f.lastTradingDay}`),
    el('td', { className: 'num' }, f.months),
    el('td', { className: 'num' }, money(f.charged)),
    el('td', { className: 'num' }, money(f.unusedRefund)),
    el('td', { className: 'num' }, money(f.sales)),
    el('td', {}, f.forfeited ? 'forfeited' : f.tier.toLowerCase()),
    el('td', { className: 'num' }, money(f.tierRefund)),
    el('td', { className: 'num', testid: 'fee-total' }, money(f.totalRefund)),
    el('td', {}, f.status === 'VOID' ? 'void' : 'issued'))));
  document.querySelector('[data-testid="fee-statements-empty"]').hidden = page.items.length > 0;
  appendMore(body, page, 11);
  const preview = standing && standing.feePreview;
  document.querySelector('[data-testid="fee-preview"]').hidden = !preview;
  if (preview) {
    setText('fee-preview-cause', FEE_CAUSES[preview.cause] || preview.cause);
    setText('fee-preview-months', preview.months);
    setText('fee-preview-total', money(preview.totalRefund));
    setText('fee-preview-tier', preview.forfeited ? 'forfeited' : preview.tier.toLowerCase());
    setText('fee-preview-sales', money(preview.projectedSales));
  }
}

/** A last row saying how many were left out, when a list has more than one page. */
function appendMore(body, page, columns) {
  if (page.total > page.items.length) {
    body.append(el('tr', {}, el('td', { colspan: columns, className: 'empty' },
      `showing ${page.items.length} of ${page.total}`)));
  }
}
