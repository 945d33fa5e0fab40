/**
 * An item's area codes in register order, as one SQL column (`e` is the evidence row),
 * and back to a list. Codes cannot contain the separator (unit separator, char 31).
 */
export const areaCodesColumn = `(SELECT group_concat(code, char(31)) FROM (SELECT a.code FROM link l JOIN area a ON a.id = l.area_id
     WHERE l.evidence_id = e.id ORDER BY a.position, a.code))`;

export const splitAreaCodes = (joined: string | null): string[] => (joined ? joined.split('\x1f') : []);
