/** Outcome ids the dashboard's derived figures rely on, apart from the full list (which is large). */
export const CHARGED_GROUP_ID = 'charged-summonsed';
export const NO_SUSPECT_OUTCOME_ID = '18';
export const NO_SUSPECT_GROUP_ID = 'no-suspect-identified';
export const NOT_ASSIGNED_OUTCOME_ID = 'NYA';
export const NOT_ASSIGNED_GROUP_ID = 'not-yet-assigned';
