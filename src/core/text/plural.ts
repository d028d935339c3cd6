/** «1 celda», «3 celdas»: a count with the right form of its noun. */
export const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString("es-PE")} ${n === 1 ? one : many}`;

/** «2028», «2028 y 2029», «2028, 2029 y 2030»: a Spanish list, its last item joined with «y». */
export const listAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} y ${items.at(-1)}`;
