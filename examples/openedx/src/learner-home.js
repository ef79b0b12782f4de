// Which /api/learner_home/init answer the learner dashboard is showing right now, read from the
// app's own React Query cache (frontend-app-learner-dashboard since 2026-03,
// src/data/hooks/queryHooks.ts and queryKeys.ts). The dashboard keeps one query per viewed user,
// key ['learner-dashboard', 'initialize', masqueradeUser]; its cards read the query that its
// components observe, and when a masquerade fails they show the user's own last answer instead
// (useInitializeLearnerHome's backUpData). The plugin follows the same rules, so that a slot reads
// the very data its card was rendered from, and never fetches the answer again.
//
// Plain functions over query-core's Query objects (queryKey, queryHash, state.{data, status,
// dataUpdatedAt}, getObserversCount()); no React, no imports.

export const LEARNER_HOME_QUERY = ['learner-dashboard', 'initialize'];

const isLearnerHome = (q) => Array.isArray(q?.queryKey) && q.queryKey[0] === LEARNER_HOME_QUERY[0] && q.queryKey[1] === LEARNER_HOME_QUERY[1];
const userOf = (q) => (typeof q.queryKey[2] === 'string' ? q.queryKey[2] : '');

/**
 * The answer on screen among the cache's learner_home queries: {init, user, token} where `user`
 * is the masqueraded username ('' for the signed-in learner) and `token` changes whenever the
 * answer or its user does; {init: null, user: '', token: ''} while there is none.
 */
export function learnerHomeOf(queries) {
  const all = [...(queries ?? [])].filter(isLearnerHome);
  const observed = all.filter((q) => (q.getObserversCount?.() ?? 0) > 0);
  // Between two renders (a masquerade starting or ending) both keys may be observed for a moment:
  // the one the app moved to is the most recently changed.
  const shown = (observed.length ? observed : all)
    .sort((a, b) => changedAt(b) - changedAt(a))[0];
  if (!shown) return { init: null, user: '', token: '' };
  if (shown.state.status === 'error' && userOf(shown)) {
    // A failed masquerade: the app shows the user's own answer (its backUpData).
    const own = all.find((q) => userOf(q) === '' && q.state.data);
    return own ? found(own) : { init: null, user: userOf(shown), token: `${shown.queryHash}|error` };
  }
  return shown.state.data ? found(shown) : { init: null, user: userOf(shown), token: `${shown.queryHash}|pending` };
}

function found(q) {
  return { init: q.state.data, user: userOf(q), token: `${q.queryHash}|${q.state.dataUpdatedAt}` };
}

function changedAt(q) {
  return Math.max(q.state?.dataUpdatedAt ?? 0, q.state?.errorUpdatedAt ?? 0, q.state?.fetchStatus === 'fetching' ? Number.MAX_SAFE_INTEGER : 0);
}

/**
 * The attributes of the course_card_action slot element of `cardId` ("card-<i>", an index into
 * the answer's courses): the card's course run key, and whose answer it was read from.
 */
export function slotAttributes(init, cardId, user = '') {
  const m = /^card-([0-9]+)$/.exec(String(cardId ?? ''));
  const item = m && Array.isArray(init?.courses) ? init.courses[Number(m[1])] : undefined;
  const run = typeof item?.courseRun?.courseId === 'string' ? item.courseRun.courseId : '';
  return { 'data-sweetspot-run': run, 'data-sweetspot-for': user };
}
