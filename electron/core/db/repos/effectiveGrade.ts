/**
 * The one definition of a client's effective grade under a model: the manager's override
 * if there is one, otherwise the formula's cell. Every query that shows, counts or copies a
 * grade joins through these fragments, so the rule cannot drift between features.
 * `c` is the clients table's alias; `@modelId` names the model (a bound parameter).
 */
export const GRADE_JOINS = `LEFT JOIN grades g ON g.client_id = c.id AND g.model_id = @modelId
  LEFT JOIN overrides o ON o.client_id = c.id AND o.model_id = @modelId`;

/** The effective cell, given GRADE_JOINS. */
export const EFFECTIVE_CELL = 'COALESCE(o.cell, g.cell)';
