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

document.addEventListener('DOMContentLoaded', load);

async function load() {
  const id = param('id');
  if (!isStoreId(id)) {
    showError(new Error(t('store.noId')));
    return;
  }
  try {
    const assessment = await api(`/api/stores/${id}/assessment`);
    const lastDay = dayOf(assessment.launchDate, TRIAL_DAYS);
    const [curve, verdicts, violations, scores, fees, standing, store, results] = await Promise.all([
      api(`/api/stores/${id}/assessment/sales-curve`),
      api(`/api/stores/${id}/verdicts?size=500`),
      api(`/api/stores/${id}/violations?size=500`),
      api(`/api/stores/${id}/service-scores?size=500&from=${assessment.launchDate}&to=${lastDay}`),
      api(`/api/stores/${id}/fee-statements?size=500`),
      // only a formal store has a year to stand in (and a fee preview)
      assessment.status === 'FORMAL' ? api(`/api/stores/${id}/annual-standing`) : Promise.resolve(null),
      api(`/api/stores/${id}`),
      api(`/api/stores/${id}/annual-results?size=500`)
    ]);
    // the days of this year the store has been formal: its daily sales make the year's curve
    const yearFrom = standing && maxDate(`${standing.year}-01-01`, store.formalSince);
    const yearSales = standing && standing.formalDaysSoFar > 0
      ? await api(`/api/stores/${id}/daily-sales?size=500&from=${yearFrom}&to=${standing.today}`) : null;
    renderHeader(assessment);
    renderYear(standing, yearFrom, yearSales);
    renderRectification(standing);
    renderClearance(standing ? standing.clearance : store.clearance);
    renderAnnualResults(results, assessment.status);
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
  document.title = t('store.titleOf', { name: a.name });
  setText('store-name', a.name);
  setText('store-id', a.storeId);
  setText('merchant-id', a.merchantId);
  setText('category', a.categoryCode);
  document.querySelector('[data-testid="targets"]').replaceChildren(
    ...tNodes('store.meta.targets', { version: el('span', { testid: 'target-version' }, a.targetVersion) }));
  setText('launch-date', date(a.launchDate));
  setText('today', date(a.today));
  const status = setText('status', tValue('state', a.status));
  status.dataset.value = a.status;
  status.className = 'badge badge-large badge-' + a.status.toLowerCase();
  renderTrialDay(a);
  // the at-risk list is for operations staff: a merchant's token could not open it
  document.querySelector('[data-testid="at-risk-crumb"]').hidden = !tokenRoles().includes('OPS');
}

/** "Day 65 of 210" while on trial; never beyond 210; "Trial over" once the trial has ended. */
function renderTrialDay(a) {
  const line = document.querySelector('[data-testid="trial-day-line"]');
  if (a.status !== 'TRIAL') {
    line.replaceChildren(t('store.trialOver'));
  } else if (a.trialDay > TRIAL_DAYS) {
    line.replaceChildren(...tNodes(a.trialDay - TRIAL_DAYS === 1 ? 'store.trialDayPast.one' : 'store.trialDayPast', {
      day: el('b', { testid: 'trial-day' }, TRIAL_DAYS),
      past: el('span', { testid: 'days-past-trial' }, a.trialDay - TRIAL_DAYS) }));
  } else {
    line.replaceChildren(...tNodes('store.trialDay', { day: el('b', { testid: 'trial-day' }, a.trialDay) }));
  }
}

function renderTimeline(a) {
  const list = document.querySelector('[data-testid="timeline"]');
  list.replaceChildren(...a.checkpoints.map(c => {
    const needed = c.salesTarget * (c.day / 30);
    return el('li', { className: 'checkpoint state-' + c.state.toLowerCase().replace(/_/g, '-')
        + (c.checkpoint === a.nextCheckpoint ? ' next' : ''), testid: `checkpoint-${c.checkpoint}`,
        dataset: { state: c.state } },
      el('div', { className: 'checkpoint-title' }, t('store.checkpoint', { n: c.checkpoint })),
      el('div', { className: 'checkpoint-day' }, ...tNodes('store.checkpointDay', { day: c.day,
        due: el('span', { testid: `checkpoint-${c.checkpoint}-due` }, date(c.dueDate)) })),
      badge(c.state, `checkpoint-${c.checkpoint}-state`),
      el('div', { className: 'checkpoint-targets' },
        t('store.checkpointTargets', { sales: money(needed) }),
        c.serviceScoreTarget === undefined ? '' : t('store.checkpointScore', { score: score(c.serviceScoreTarget) })),
      c.verdictId ? el('a', { href: `#verdict-${c.verdictId}`, className: 'verdict-link' }, t('store.verdictLink')) : null);
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
  document.querySelector('[data-testid="next-checkpoint-heading"]').replaceChildren(...tNodes('store.next', {
    n: el('span', { testid: 'next-checkpoint-number' }, next.checkpoint),
    due: el('span', { testid: 'next-checkpoint-due' }, date(next.dueDate)) }));
  document.querySelector('[data-testid="sales-needed-label"]').replaceChildren(...tNodes('store.neededByDay', {
    day: el('span', { testid: 'next-checkpoint-day' }, next.day) }));
  setText('sales-so-far', money(next.salesSoFar));
  setText('sales-needed', money(next.salesNeeded));
  setText('sales-still-needed', money(next.salesStillNeeded));
  setText('remaining-days', next.remainingDays);
  setText('daily-sales-needed', next.dailySalesNeeded === undefined
    ? t(next.state === 'AWAITING_DATA' ? 'store.dueWaitingScore' : 'store.dueOnly')
    : money(next.dailySalesNeeded));
  setText('latest-score', next.latestScore === undefined
    ? t(next.checkpoint === 1 ? 'store.scoreNotAtCheckpoint1' : 'store.scoreNoneYet') : score(next.latestScore));
  setText('latest-score-date', date(next.latestScoreDate));
  setText('score-target', next.scoreTarget === undefined ? '—' : score(next.scoreTarget));
  document.querySelector('[data-testid="general-points-line"]').replaceChildren(...tNodes('store.pointsOfBar', {
    points: el('span', { testid: 'general-points' }, next.generalPoints),
    bar: el('span', { testid: 'general-points-bar' }, next.generalPointsBar) }));
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
  document.querySelector('[data-testid="outlook-heading"]').replaceChildren(...tNodes('store.outlookFor', {
    n: el('span', { testid: 'outlook-checkpoint' }, o.checkpoint) }));
  for (const [testid, value] of [['today-sales', o.ifDecidedToday.sales], ['today-score', o.ifDecidedToday.serviceScore],
    ['today-compliance', o.ifDecidedToday.compliance], ['today-outcome', o.ifDecidedToday.outcome]]) {
    document.querySelector(`[data-testid="${testid}"]`).replaceChildren(badge(value));
  }
  setText('run-rate', o.dailyRunRate === null ? t('store.noFullDay') : money(o.dailyRunRate));
  setText('projected-sales', money(o.projectedCumulativeSales));
  setText('outlook-sales-needed', money(o.salesNeeded));
  const finalShown = o.projectedFinal30DaysSales !== null;
  document.querySelector('[data-testid="projected-final-label"]').hidden = !finalShown;
  document.querySelector('[data-testid="projected-final"]').hidden = !finalShown;
  if (finalShown) {
    setText('projected-final', money(o.projectedFinal30DaysSales));
  }
  const gap = Number(o.relativeSalesGap);
  setText('relative-gap', gap > 0 ? t('store.gapShort', { gap: percent(gap) })
    : gap < 0 ? t('store.gapAhead', { gap: percent(-gap) }) : t('store.gapOnTarget'));
  const risk = setText('at-risk', t(o.atRisk ? 'store.atRisk' : 'store.onTrack'));
  risk.className = 'risk ' + (o.atRisk ? 'risk-yes' : 'risk-no');
  setText('most-at-risk', tValue('requirement', o.mostAtRisk));
}

/** The later of two ISO dates (the second may be absent). */
function maxDate(first, second) {
  return second && second > first ? second : first;
}

/** A formal store's year so far (GET /annual-standing): its figures, the outlook at the year's end, its curve. */
function renderYear(standing, yearFrom, yearSales) {
  const section = document.querySelector('[data-testid="year"]');
  section.hidden = !standing;
  if (!standing) {
    return;
  }
  setText('year-heading', t('year.heading', { year: standing.year }));
  document.querySelector('[data-testid="standing"]').replaceChildren(badge(standing.standing, 'standing-badge'));
  setText('year-days', t('year.days', { days: standing.formalDaysSoFar, of: standing.formalDaysInYear }));
  const sales = standing.sales;
  setText('year-sales-so-far', money(sales.soFar));
  setText('year-target-to-date', money(sales.targetToDate));
  setText('year-target', money(sales.targetForYear));
  setText('year-still-needed', money(sales.stillNeeded));
  setText('year-daily-needed', money(sales.dailyNeeded));
  setText('year-projected', money(sales.projected));
  renderScoreAndPoints('year', standing.serviceScore, standing.compliance);
  setText('year-score-date', date(standing.serviceScore && standing.serviceScore.date));
  const ended = standing.ifYearEndedToday;
  for (const [testid, value] of [['year-today-sales', ended && ended.sales], ['year-today-score', ended && ended.serviceScore],
    ['year-today-compliance', ended && ended.compliance], ['year-today-outcome', ended && ended.outcome]]) {
    document.querySelector(`[data-testid="${testid}"]`).replaceChildren(value ? badge(value) : t('common.none'));
  }
  // a year the rules do not assess (no annual standard, a short year) is neither at risk nor on track
  const assessed = standing.sales.targetForYear !== null && standing.sales.targetForYear !== undefined
    && !(ended && ended.sales === 'NOT_ASSESSED');
  const risk = setText('year-at-risk', t(!assessed ? 'year.notAssessed' : standing.atRisk ? 'store.atRisk' : 'store.onTrack'));
  risk.className = 'risk ' + (!assessed ? '' : standing.atRisk ? 'risk-yes' : 'risk-no');
  setText('year-most-at-risk', tValue('requirement', standing.mostAtRisk));
  renderYearChart(standing, yearFrom, yearSales ? yearSales.items : [], assessed);
}

/** The latest score against its target and the points against their bar, in the tiles named {@code prefix}-…. */
function renderScoreAndPoints(prefix, serviceScore, compliance) {
  setText(`${prefix}-score`, serviceScore && serviceScore.latest !== null && serviceScore.latest !== undefined
    ? score(serviceScore.latest) : t('store.scoreNoneYet'));
  setText(`${prefix}-score-target`, serviceScore ? score(serviceScore.target) : '—');
  setText(`${prefix}-points`, t('year.pointsOfBar', { points: compliance.generalPoints, bar: compliance.bar }));
  setText(`${prefix}-serious`, compliance.seriousViolations);
}

/**
 * Cumulative sales of the year's formal days against the target line the API pro-rates: from nothing
 * on the first formal day to the year's target on its last, through the target to date today.
 */
function renderYearChart(standing, yearFrom, days, assessed) {
  const canvas = document.querySelector('[data-testid="year-chart"]');
  let cumulative = 0;
  const points = days.map(d => {
    cumulative += Number(d.amount);
    return { x: trialDayOf(yearFrom, d.date), y: cumulative };
  });
  const datasets = [{
    label: t('year.chart.sales'), data: points, borderColor: '#2563eb', backgroundColor: 'rgba(37, 99, 235, 0.12)',
    fill: true, pointRadius: 0, borderWidth: 2
  }];
  if (assessed) {
    datasets.push({
      label: t('year.chart.target'), data: [{ x: 0, y: 0 }, { x: standing.formalDaysSoFar, y: Number(standing.sales.targetToDate) },
        { x: standing.formalDaysInYear, y: Number(standing.sales.targetForYear) }],
      borderColor: '#b45309', backgroundColor: '#b45309', borderDash: [6, 4], borderWidth: 2, pointRadius: [0, 4, 4], fill: false
    });
  }
  drawChart(canvas, datasets, {
    x: { type: 'linear', min: 0, max: standing.formalDaysInYear, title: { display: true, text: t('year.chart.day') },
      ticks: { stepSize: 30 } },
    y: { beginAtZero: true, title: { display: true, text: t('chart.cny') }, ticks: { callback: v => compact(v) } }
  }, item => t('chart.point', { label: item.dataset.label, value: money(item.parsed.y), day: item.parsed.x }));
  canvas.dataset.points = String(points.length);
  document.querySelector('[data-testid="year-chart-table"] tbody').replaceChildren(
    el('tr', {}, el('th', { scope: 'row' }, t('store.meta.today')), el('td', { className: 'num' }, standing.formalDaysSoFar),
      el('td', { className: 'num' }, money(standing.sales.soFar)), el('td', { className: 'num' }, money(standing.sales.targetToDate))),
    el('tr', {}, el('th', { scope: 'row' }, t('year.chart.yearEnd')), el('td', { className: 'num' }, standing.formalDaysInYear),
      el('td', { className: 'num' }, t('year.chart.projected', { sales: money(standing.sales.projected) })),
      el('td', { className: 'num' }, money(standing.sales.targetForYear))));
}

/** A rectification period under way: its dates, days left and its own figures against the period's target. */
function renderRectification(standing) {
  const r = standing && standing.rectification;
  document.querySelector('[data-testid="rectification"]').hidden = !r;
  if (!r) {
    return;
  }
  setText('rectification-text', t(r.daysLeft === 1 ? 'year.rectification.text.one' : 'year.rectification.text', { year: r.assessedYear, from: date(r.from), to: date(r.to),
    review: date(r.reviewDue), left: r.daysLeft }));
  setText('rectification-sales-so-far', money(r.sales.soFar));
  setText('rectification-target-to-date', money(r.sales.targetToDate));
  setText('rectification-target', money(r.sales.target));
  setText('rectification-still-needed', money(r.sales.stillNeeded));
  setText('rectification-daily-needed', money(r.sales.dailyNeeded));
  setText('rectification-projected', money(r.sales.projected));
  renderScoreAndPoints('rectification', r.serviceScore, r.compliance);
  document.querySelector('[data-testid="rectification-today-outcome"]').replaceChildren(
    r.ifEndedToday ? badge(r.ifEndedToday.outcome) : t('common.none'));
  const risk = setText('rectification-at-risk', t(r.atRisk ? 'store.atRisk' : 'store.onTrack'));
  risk.className = 'risk ' + (r.atRisk ? 'risk-yes' : 'risk-no');
}

/** A clearance noticed (its dates, its cause, what the merchant can do) or taken effect. */
function renderClearance(clearance) {
  document.querySelector('[data-testid="clearance"]').hidden = !clearance;
  if (!clearance) {
    return;
  }
  const cause = tValue('clearanceCause', clearance.cause);
  if (clearance.takenEffect) {
    setText('clearance-text', t('year.clearance.done', { on: date(clearance.effectiveOn), cause }));
    setText('clearance-appeal', '');
  } else {
    setText('clearance-text', t(clearance.daysLeft === 1 ? 'year.clearance.pending.one' : 'year.clearance.pending', { notice: date(clearance.noticeOn),
      on: date(clearance.effectiveOn), left: clearance.daysLeft, cause }));
    setText('clearance-appeal', t('year.clearance.appeal', { on: date(clearance.effectiveOn) }));
  }
}

/** Every annual assessment and rectification review, as decided (a superseded one muted). */
function renderAnnualResults(page, status) {
  document.querySelector('[data-testid="annual-results-section"]').hidden = status === 'TRIAL' || status === 'TERMINATED';
  const body = document.querySelector('[data-testid="annual-results"] tbody');
  body.replaceChildren(...page.items.map(r => el('tr', {
      testid: 'annual-result-row', className: r.current ? null : 'muted',
      dataset: { year: r.year, kind: r.kind, outcome: r.outcome, current: r.current } },
    el('td', { className: 'num' }, r.year),
    el('td', {}, tValue('annualKind', r.kind)),
    el('td', { className: 'nowrap' }, `${date(r.window.from)} – ${date(r.window.to)}`),
    el('td', {}, badge(r.outcome)),
    el('td', { className: 'num' }, r.sales.assessed ? `${money(r.sales.total)} / ${money(r.sales.proRatedTarget)}`
      : t('store.verdicts.notAssessed')),
    el('td', {}, r.serviceScore.assessed ? `${score(r.serviceScore.score)} / ${score(r.serviceScore.target)}`
      : t('store.verdicts.notAssessed')),
    el('td', {}, t('store.verdicts.compliance', { serious: r.compliance.seriousViolations,
      points: r.compliance.generalPoints })),
    el('td', {}, tValue('consequence', r.consequence)),
    el('td', { className: 'nowrap' }, timestamp(r.decidedAt)),
    el('td', {}, t(r.voided ? 'store.verdicts.voided' : r.current ? 'store.verdicts.isCurrent' : 'store.verdicts.superseded')))));
  document.querySelector('[data-testid="annual-results-empty"]').hidden = page.items.length > 0;
  appendMore(body, page, 10);
}

function renderTrialOver(a, verdicts) {
  const section = document.querySelector('[data-testid="trial-over"]');
  if (a.status === 'TRIAL') {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  if (a.status === 'FORMAL' || a.status === 'CLEARED') {
    setText('trial-over-text', t(a.status === 'FORMAL' ? 'store.formalNow' : 'store.formalThenCleared'));
  } else {
    const failed = verdicts.find(v => v.current && v.outcome === 'FAILED');
    const requirements = failed && (failed.failedRequirements || []).map(r => tValue('requirementLower', r))
      .join(LANG === 'zh-CN' ? '、' : ', ');
    setText('trial-over-text', failed
      ? t('store.failedAt', { n: failed.checkpoint, requirements: requirements || t('store.seeVerdict') })
      : t('store.trialEnded'));
  }
}

function renderSalesChart(a, curve) {
  const canvas = document.querySelector('[data-testid="chart"]');
  const datasets = [{
    label: t('chart.cumulativeSales'),
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
      label: t('chart.checkpointTarget', { n: c.checkpoint, sales: money(needed), day: c.day }),
      shortLabel: t('chart.checkpointShort', { n: c.checkpoint }),
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
      label: t('chart.today', { day: a.trialDay }),
      data: [{ x: a.trialDay, y: 0 }, { x: a.trialDay, y: top }],
      borderColor: '#94a3b8', borderWidth: 1, borderDash: [2, 3], pointRadius: 0, fill: false
    });
  }
  drawChart(canvas, datasets, {
    y: { beginAtZero: true, title: { display: true, text: t('chart.cny') }, ticks: { callback: v => compact(v) } }
  }, item => t('chart.point', { label: item.dataset.shortLabel || item.dataset.label, value: money(item.parsed.y),
    day: item.parsed.x }));
  canvas.dataset.points = String(curve.length);
  // the same figures as a table: each checkpoint's target and the cumulative sales at its day (or so far)
  const byDay = new Map(curve.map(p => [p.day, p.cumulative]));
  const last = curve.length ? curve[curve.length - 1] : null;
  document.querySelector('[data-testid="chart-table"] tbody').replaceChildren(...a.checkpoints.map(c => el('tr', {},
    el('td', {}, t('store.checkpoint', { n: c.checkpoint })),
    el('td', { className: 'num' }, c.day),
    el('td', { className: 'num' }, money(c.salesTarget * (c.day / 30))),
    el('td', { className: 'num' }, byDay.has(c.day) ? money(byDay.get(c.day))
      : last ? t('chart.soFar', { sales: money(last.cumulative), day: last.day }) : '—'))));
}

function renderScoreChart(a, snapshots) {
  const canvas = document.querySelector('[data-testid="score-chart"]');
  const datasets = [{
    label: t('chart.serviceScore'),
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
      label: t('chart.scoreTarget', { n: c.checkpoint, score: score(c.serviceScoreTarget) }),
      data: [{ x: c.checkpoint === 2 ? 1 : CHECKPOINT_DAYS[c.checkpoint - 2], y: Number(c.serviceScoreTarget) },
        { x: c.day, y: Number(c.serviceScoreTarget) }],
      borderColor: STATE_COLORS[c.state],
      backgroundColor: STATE_COLORS[c.state],
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: [0, 4]
    });
  });
  drawChart(canvas, datasets, { y: { suggestedMin: 4, suggestedMax: 5, title: { display: true, text: t('chart.score') } } },
    item => t('chart.point', { label: item.dataset.label, value: score(item.parsed.y), day: item.parsed.x }));
  canvas.dataset.points = String(snapshots.length);
  document.querySelector('[data-testid="score-chart-table"] tbody').replaceChildren(...snapshots.map(snapshot => el('tr', {},
    el('td', { className: 'nowrap' }, date(snapshot.date)),
    el('td', { className: 'num' }, trialDayOf(a.launchDate, snapshot.date)),
    el('td', { className: 'num' }, score(snapshot.score)))));
}

/**
 * Draws a line chart without animation, over the trial's days 1..210 unless {@code scales} gives an
 * x axis of its own, and marks the canvas as drawn.
 */
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
        x: { type: 'linear', min: 1, max: TRIAL_DAYS, title: { display: true, text: t('chart.trialDay') },
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

function renderViolations(a, page) {
  const body = document.querySelector('[data-testid="violations"] tbody');
  body.replaceChildren(...page.items.map(v => el('tr', { testid: 'violation-row', className: v.revoked ? 'muted' : null },
    el('td', { className: 'nowrap' }, date(v.occurredOn)),
    el('td', { className: 'num' }, trialDayOf(a.launchDate, v.occurredOn)),
    el('td', { translate: 'no' }, v.type),
    el('td', {}, badge(v.severity)),
    el('td', { className: 'num' }, v.points),
    el('td', {}, v.revoked ? t('store.violations.revoked', { reason: v.revocationReason || '' })
      : t('store.violations.countsYes')))));
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
    el('td', {}, tValue('trigger', v.trigger)),
    el('td', { className: 'num' }, money(v.sales.cumulative)),
    el('td', { className: 'num' }, `${money(v.sales.monthlyAverage)} / ${money(v.sales.target)}`),
    el('td', {}, tValue('basis', v.sales.basis)),
    el('td', {}, v.serviceScore.assessed ? `${score(v.serviceScore.score)} / ${score(v.serviceScore.target)}`
      : t('store.verdicts.notAssessed')),
    el('td', {}, t('store.verdicts.compliance', { serious: v.compliance.seriousViolations,
      points: v.compliance.generalPoints })),
    el('td', {}, t(v.current ? 'store.verdicts.isCurrent' : 'store.verdicts.superseded')),
    el('td', { translate: 'no' }, v.reason || ''))));
  document.querySelector('[data-testid="verdicts-empty"]').hidden = page.items.length > 0;
  appendMore(body, page, 11);
}

/** The store's fee statements as issued (a void one struck through), and this year's fee at the current pace. */
function renderFees(page, standing) {
  const body = document.querySelector('[data-testid="fee-statements"] tbody');
  body.replaceChildren(...page.items.map(f => el('tr', {
      testid: 'fee-statement-row', className: f.status === 'VOID' ? 'muted' : null,
      dataset: { year: f.year, cause: f.cause, status: f.status } },
    el('td', { className: 'num' }, f.year),
    el('td', {}, tValue('feeCause', f.cause)),
    el('td', { className: 'nowrap' }, `${date(f.firstTradingDay)} – ${date(f.lastTradingDay)}`),
    el('td', { className: 'num' }, money(f.annualFee)),
    el('td', { className: 'num' }, f.months),
    el('td', { className: 'num' }, money(f.charged)),
    el('td', { className: 'num' }, money(f.unusedRefund)),
    el('td', { className: 'num' }, money(f.sales)),
    el('td', { className: 'num nowrap' }, `${money(f.halfRefundThreshold)} / ${money(f.fullRefundThreshold)}`),
    el('td', {}, f.forfeited ? t('store.fees.forfeited') : tValue('tier', f.tier)),
    el('td', { className: 'num' }, money(f.tierRefund)),
    el('td', { className: 'num', testid: 'fee-total' }, money(f.totalRefund)),
    el('td', {}, t(f.status === 'VOID' ? 'store.fees.void' : 'store.fees.issued')),
    el('td', { className: 'nowrap' }, timestamp(f.issuedAt)))));
  document.querySelector('[data-testid="fee-statements-empty"]').hidden = page.items.length > 0;
  appendMore(body, page, 14);
  const preview = standing && standing.feePreview;
  const paragraph = document.querySelector('[data-testid="fee-preview"]');
  paragraph.hidden = !preview;
  if (preview) {
    paragraph.replaceChildren(...tNodes(preview.months === 1 ? 'store.feePreview.one' : 'store.feePreview', {
      cause: el('span', { testid: 'fee-preview-cause' }, tValue('feeCause', preview.cause)),
      months: el('span', { testid: 'fee-preview-months' }, preview.months),
      total: el('strong', { testid: 'fee-preview-total' }, money(preview.totalRefund)),
      tier: el('span', { testid: 'fee-preview-tier' },
        preview.forfeited ? t('store.fees.forfeited') : tValue('tier', preview.tier)),
      sales: el('span', { testid: 'fee-preview-sales' }, money(preview.projectedSales)) }));
  }
}

/** A last row saying how many were left out, when a list has more than one page. */
function appendMore(body, page, columns) {
  if (page.total > page.items.length) {
    body.append(el('tr', {}, el('td', { colspan: columns, className: 'empty' },
      t('common.showing', { shown: page.items.length, total: page.total }))));
  }
}
