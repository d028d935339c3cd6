import type { Fixture } from "./flat-layouts";
export declare const VERSIONED_HEADER: (string | number)[];
export declare function flatPoiTareasVersiones(rows?: number): Fixture & { aoOnly: number };
