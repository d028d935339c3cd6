/** «1 celda», «3 celdas»: a count with the right form of its noun. */
export const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString("es-PE")} ${n === 1 ? one : many}`;
