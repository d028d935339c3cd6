export declare const FICHA_HEADER: (string | null)[];
export declare const FICHA_SUBHEADER: (string | null)[];
export declare function fichaActivityRow<T>(
  a: {
    numero: string;
    actividad: string;
    unidadMedida: string;
    responsable: string;
    inicio: string;
    fin: string;
    meta: string;
    programacion: string[];
    anual: string;
  },
  value: (text: string) => T,
  numero?: string
): (string | T)[];
