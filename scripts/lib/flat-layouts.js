"use strict";
// Fixtures in the shapes of real planners' workbooks that nobody here wrote (issue 10): a national
// agency's POI 2026 as one flat table by tarea, its PEI OEI- and AEI-indicator sheets, the same
// sheets as an es-PE CSV, an EMSAPUNO ficha whose numbering restarts per section, and a POI
// seguimiento at semester end. Values are synthetic (seeded, deterministic); column names and code
// spellings are the real ones. Each builder returns the grid and the defects planted in it.
const { FICHA_HEADER, FICHA_SUBHEADER } = require("./ficha-layout");

/** mulberry32: a small seeded generator, so that every run builds the same fixture. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function a1(row, col) {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

const pad = (n, w = 2) => String(n).padStart(w, "0");
const MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SET", "OCT", "NOV", "DIC"];

const FLAT_POI_HEADER = [
  "NRO",
  "COD_CC",
  "CENTRO_COSTO",
  "SIGLA_CC",
  "TIPO_CC",
  "COD_OEI",
  "OEI",
  "COD_AEI",
  "AEI",
  "COD_PROGRAMA",
  "PROGRAMA",
  "COD_PRODUCTO",
  "PRODUCTO",
  "COD_ACTIVIDAD",
  "ACTIVIDAD",
  "Nro Registro POI",
  "Actividad Operativa ID_CEPLAN",
  "COD_AO",
  "ACTIVIDAD OPERATIVA",
  "ID_UM",
  "UM_AO",
  "SEC_FUNC",
  "PIA",
  "CATEGORIA_PRESUPUESTAL",
  "FINALIDAD",
  "ID_META_SIAF",
  "COD_TAREA_V0",
  "COD_TAREA_V1",
  "COD_TAREA_V2",
  "TAREAS",
  "UM_TAREA",
  "FUENTE",
  "ARCHIVO",
  "OBSERVACIÓN",
  ...MONTHS,
  "TOTAL",
];
const COL = Object.fromEntries(FLAT_POI_HEADER.map((h, i) => [h, i]));

const CENTRES = [
  ["Oficina General de Planeamiento y Presupuesto", "OGPP"],
  ["Oficina General de Administración", "OGA"],
  ["Dirección de Políticas y Estrategias", "DPE"],
  ["Dirección de Supervisión y Evaluación", "DSE"],
  ["Oficina de Tecnologías de la Información", "OTI"],
  ["Oficina de Comunicaciones", "OC"],
];
const AO_NAMES = [
  "Gestión del planeamiento institucional",
  "Asistencia técnica a gobiernos regionales",
  "Supervisión de la implementación de políticas",
  "Gestión de recursos humanos",
  "Mantenimiento de la infraestructura tecnológica",
  "Difusión de información institucional",
  "Evaluación de resultados de las políticas",
  "Gestión logística y abastecimiento",
];
const TASKS = [
  ["Elaboración de informes técnicos", "Informe"],
  ["Reuniones de coordinación con órganos", "Reunión"],
  ["Capacitación a especialistas", "Persona capacitada"],
  ["Seguimiento de expedientes", "Expediente"],
  ["Asistencia técnica en campo", "Asistencia técnica"],
  ["Publicación de documentos", "Documento"],
  ["Atención de requerimientos", "Requerimiento"],
];

/**
 * The agency's POI 2026: one row per tarea (1,701 by default), 47 columns, the AO's id, code and
 * name repeated on each of its tasks, ENE … DIC and TOTAL = the months' sum. Planted: two TOTALs
 * that are not the sum (one off by one; 99 over months summing 8) and a task written twice under
 * the same AO. Task names repeat under other AO, as in the real file: not a finding.
 */
function flatPoiTareas(rows = 1701, seed = 2026) {
  const rnd = random(seed);
  const grid = [
    ["PLAN OPERATIVO INSTITUCIONAL 2026 - CONSOLIDADO POR TAREAS"],
    [],
    FLAT_POI_HEADER,
  ];
  const planted = [];
  let ao = 0;
  while (grid.length - 3 < rows) {
    ao++;
    const cc = (ao % CENTRES.length) + 1;
    const [ccName, sigla] = CENTRES[cc - 1];
    const oei = ((ao >> 3) % 6) + 1;
    const aei = ((ao >> 1) % 4) + 1;
    const aoName = `${AO_NAMES[ao % AO_NAMES.length]} ${sigla} ${pad(ao, 4)}`;
    const idCeplan = `AOI001091${pad(ao, 5)}`;
    const tasks = 1 + Math.floor(rnd() * 4);
    for (let t = 0; t < tasks && grid.length - 3 < rows; t++) {
      const n = grid.length - 2;
      const [task, um] = TASKS[(ao + t * 3) % TASKS.length];
      const months = MONTHS.map(() => (rnd() < 0.3 ? 0 : 1 + Math.floor(rnd() * 9)));
      const total = months.reduce((a, b) => a + b, 0);
      const row = new Array(FLAT_POI_HEADER.length).fill(null);
      Object.assign(row, {
        [COL.NRO]: n,
        [COL.COD_CC]: `CC${pad(cc, 3)}`,
        [COL.CENTRO_COSTO]: ccName,
        [COL.SIGLA_CC]: sigla,
        [COL.TIPO_CC]: cc <= 2 ? "Apoyo" : "Línea",
        [COL.COD_OEI]: `OEI.${pad(oei)}`,
        [COL.OEI]: `Objetivo estratégico institucional ${oei}`,
        [COL.COD_AEI]: `AEI.${pad(oei)}.${pad(aei)}`,
        [COL.AEI]: `Acción estratégica ${oei}.${aei}`,
        [COL.COD_PROGRAMA]: "9001",
        [COL.PROGRAMA]: "Acciones centrales",
        [COL.COD_PRODUCTO]: "3999999",
        [COL.PRODUCTO]: "Sin producto",
        [COL.COD_ACTIVIDAD]: `500000${cc}`,
        [COL.ACTIVIDAD]: "Planeamiento y presupuesto",
        [COL["Nro Registro POI"]]: 100000 + ao,
        [COL["Actividad Operativa ID_CEPLAN"]]: idCeplan,
        [COL.COD_AO]: `E${cc}.${pad(oei)}.${pad(ao % 100)}`,
        [COL["ACTIVIDAD OPERATIVA"]]: aoName,
        [COL.ID_UM]: 60 + (ao % 9),
        [COL.UM_AO]: "Acción",
        [COL.SEC_FUNC]: pad(cc, 4),
        [COL.PIA]: 10000 * (1 + (ao % 7)),
        [COL.CATEGORIA_PRESUPUESTAL]: "9001",
        [COL.FINALIDAD]: `0${cc}0001`,
        [COL.ID_META_SIAF]: pad(ao % 60, 4),
        [COL.COD_TAREA_V0]: `T${pad(n, 5)}`,
        [COL.COD_TAREA_V1]: `T${pad(n, 5)}`,
        [COL.COD_TAREA_V2]: `T${pad(n, 5)}`,
        [COL.TAREAS]: task,
        [COL.UM_TAREA]: um,
        [COL.FUENTE]: "RO",
        [COL.ARCHIVO]: `POI2026_${sigla}.xlsx`,
        [COL["OBSERVACIÓN"]]: null,
        [COL.TOTAL]: total,
      });
      months.forEach((v, i) => (row[COL.ENE + i] = v));
      grid.push(row);
    }
  }
  const r = (n) => grid[n + 2];
  if (rows < 1201) return { grid, planted };
  // A TOTAL off by one.
  r(100)[COL.TOTAL] += 1;
  planted.push({ cell: a1(102, COL.TOTAL), rule: "V4.anual", what: "TOTAL off by one" });
  // A TOTAL of 99 over months summing 8.
  const months8 = [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0];
  months8.forEach((v, i) => (r(1200)[COL.ENE + i] = v));
  r(1200)[COL.TOTAL] = 99;
  planted.push({
    cell: a1(1202, COL.TOTAL),
    rule: "V4.anual",
    what: "TOTAL 99 over months summing 8",
  });
  // The task of the row above written again under the same AO.
  const above = r(499);
  const again = r(500);
  const sameAo = ["Actividad Operativa ID_CEPLAN", "COD_AO", "ACTIVIDAD OPERATIVA"];
  for (const h of sameAo) again[COL[h]] = above[COL[h]];
  again[COL.TAREAS] = above[COL.TAREAS];
  planted.push({
    cell: a1(502, COL.TAREAS),
    rule: "V12.actividad-repetida",
    what: "task twice in one AO",
  });
  return { grid, planted };
}

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

/** A series from a línea base that moves steadily up (or down) to the 2030 goal, 4 decimals. */
function series(rnd, base, up) {
  const step = (up ? 1 : -1) * base * (0.005 + rnd() * 0.01);
  return YEARS.map((_, i) => Math.round((base + step * (i + 1)) * 10000) / 10000);
}

const OEI_HEADER = [
  "Nro",
  "OES",
  "AES",
  "Ind_AES",
  "COD_OEI",
  "OEI",
  "Vinculación",
  "INDICADORES",
  "ind_formula",
  "ind_espec_tec",
  "ind_fuente",
  "ind_base_datos",
  "LINEA BASE 2024",
  ...YEARS,
];

/**
 * The PEI's OEI indicator sheet: one row per indicator (several per OEI), codes written «OEI.01»
 * and «OEI 02», ratios with four decimals. Planted: a series that falls then rises.
 */
function peiOeiIndicators(seed = 7) {
  const rnd = random(seed);
  const grid = [["MATRIZ DE INDICADORES DE OEI - PEI 2025-2030"], OEI_HEADER];
  const planted = [];
  let n = 0;
  for (let oei = 1; oei <= 5; oei++) {
    const per = oei === 2 || oei === 4 ? 2 : 1 + (oei === 5 ? 1 : 0);
    for (let k = 0; k < per; k++) {
      n++;
      const base = Math.round((0.55 + rnd() * 0.4) * 10000) / 10000;
      const code = oei % 2 === 0 ? `OEI ${pad(oei)}` : `OEI.${pad(oei)}`;
      grid.push([
        n,
        `OES.${pad(oei)}`,
        `AES.${pad(oei)}.01`,
        `Ind. AES.${pad(oei)}.01`,
        code,
        `Objetivo estratégico institucional ${oei}`,
        "Directa",
        `Porcentaje de entidades con ${k === 0 ? "planes aprobados" : "seguimiento oportuno"} (OEI ${oei})`,
        "(A / B) x 100",
        "Ficha técnica del indicador",
        "Registros administrativos",
        "Aplicativo CEPLAN",
        base,
        ...series(rnd, base, true),
      ]);
    }
  }
  // Row 5 (the indicator of OEI 03): its 2027 logro drops below 2026, then rises again.
  const row = grid[5];
  const y2026 = OEI_HEADER.indexOf(2026);
  row[y2026 + 1] = Math.round((row[y2026] - 0.05) * 10000) / 10000;
  planted.push({
    cell: a1(5, OEI_HEADER.indexOf(2025)),
    rule: "V8.sentido",
    what: "series falls then rises",
  });
  return { grid, planted };
}

const AEI_HEADER = [
  "Nro",
  "COD_OEI",
  "OEI",
  "Prioridad",
  "COD_AEI",
  "AEI",
  "U O Responsable",
  "COD_IND",
  "INDICADORES",
  "ind_formula",
  "ind_fuente",
  "LINEA BASE 2024",
  ...YEARS,
];

/**
 * The PEI's AEI indicator sheet: one row per indicator, several per AEI, codes written
 * «AEI 01.01», «AEI.04.03» and «Ind. AEI01.01.1», a Prioridad column. Planted: two AEI with
 * priority 1 under OEI 03.
 */
function peiAeiIndicators(seed = 11) {
  const rnd = random(seed);
  const grid = [["MATRIZ DE INDICADORES DE AEI - PEI 2025-2030"], AEI_HEADER];
  const planted = [];
  let n = 0;
  for (let oei = 1; oei <= 3; oei++) {
    for (let aei = 1; aei <= 2; aei++) {
      const indicators = aei === 1 ? 2 : oei === 3 ? 1 : 3;
      for (let k = 1; k <= indicators; k++) {
        n++;
        const base = 100 + Math.floor(rnd() * 900);
        const down = k === 3;
        grid.push([
          n,
          oei === 2 ? `OEI 0${oei}` : `OEI.0${oei}`,
          `Objetivo estratégico institucional ${oei}`,
          oei === 3 ? 1 : aei,
          oei % 2 === 0 ? `AEI.${pad(oei)}.${pad(aei)}` : `AEI ${pad(oei)}.${pad(aei)}`,
          `Acción estratégica institucional ${oei}.${aei}`,
          "Oficina General de Planeamiento y Presupuesto",
          `Ind. AEI${pad(oei)}.${pad(aei)}.${k}`,
          down
            ? `Tiempo promedio de atención (días) ${oei}.${aei}`
            : `Número de servicios brindados ${oei}.${aei}.${k}`,
          "Sumatoria de registros",
          "Registros administrativos",
          base,
          ...series(rnd, base, !down).map((v) => Math.round(v)),
        ]);
      }
    }
  }
  const dup = grid.findIndex((r) => r[4] === "AEI 03.02");
  planted.push({
    cell: a1(dup, AEI_HEADER.indexOf("Prioridad")),
    rule: "V14.prioridad",
    what: "two AEI with priority 1",
  });
  return { grid, planted };
}

/** A grid as Excel in Spanish (Peru) saves it as CSV: «;», decimal comma, quotes when needed. */
function toEsPeCsv(grid) {
  const field = (v) => {
    if (v === null || v === undefined) return "";
    const t = typeof v === "number" ? String(v).replace(".", ",") : String(v);
    return /[;"\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  // Excel writes every row as wide as the used range: a title line ends in «;;;;».
  const width = Math.max(...grid.map((r) => r.length));
  const line = (row) => Array.from({ length: width }, (_, i) => field(row[i])).join(";");
  return grid.map(line).join("\r\n") + "\r\n";
}

/** EMSAPUNO FP 09 Catastro Comercial (seed 004) as one ficha whose numbering restarts per section. */
const FP09 = [
  ["I. Actividades de Catastro Comercial"],
  [
    "01",
    "Actualización Dinámica Catastral",
    "%",
    "Enero",
    "Diciembre",
    [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
    100,
  ],
  [
    "02",
    "Identificación de usuarios con fuente propia",
    "Unidad",
    "Enero",
    "Diciembre",
    [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
  ],
  [
    "03",
    "Gestor Comercial",
    "Servicio",
    "Enero",
    "Diciembre",
    [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  ],
  [
    "04",
    "Formalización de conexiones clandestinas",
    "Conexión",
    "Enero",
    "Diciembre",
    [0, 5, 5, 10, 10, 10, 10, 10, 10, 10, 10, 10],
  ],
  [
    "05",
    "Actualización de responsable de pago",
    "Conexión",
    "Enero",
    "Diciembre",
    [0, 10, 15, 25, 25, 25, 25, 25, 25, 25, 25, 25],
  ],
  [
    "06",
    "Alta de conexiones nuevas",
    "Conexión",
    "Enero",
    "Diciembre",
    [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
  ],
  [
    "07",
    "Firma de convenios por auto financiamiento de redes matrices",
    "Convenio",
    "Enero",
    "Diciembre",
    [0, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4],
  ],
  [
    "08",
    "Mejoramiento del SIGeCom",
    "Unidad",
    "Enero",
    "Diciembre",
    [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
  ],
  [
    "09",
    "Mejoramiento del Sigemsa",
    "Unidad",
    "Enero",
    "Diciembre",
    [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
  ],
  ["II. Actividades de Valores Máximos Admisibles"],
  [
    "01",
    "Registro y actualización de usuario no doméstico - Puno",
    "Unidad",
    "Enero",
    "Diciembre",
    [25, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75],
  ],
  [
    "02",
    "Monitoreo inopinada de aguas residuales no domésticas - Puno",
    "Unidad",
    "Febrero",
    "Diciembre",
    [0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
  ],
  [
    "03",
    "Reubicación de cajas de desagüe de usuarios no domésticos",
    "Unidad",
    "Abril",
    "Abril",
    [0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0],
  ],
  [
    "04",
    "Cambio de tapa de desagüe de usuarios no domésticos",
    "Unidad",
    "Abril",
    "Mayo",
    [0, 0, 0, 100, 100, 0, 0, 0, 0, 0, 0, 0],
  ],
  [
    "05",
    "Registro y actualización de usuario no doméstico - Desaguadero",
    "Unidad",
    "Setiembre",
    "Setiembre",
    [0, 0, 0, 0, 0, 0, 0, 0, 30, 0, 0, 0],
  ],
  [
    "06",
    "Monitoreo inopinada de aguas residuales no domésticas - Desaguadero",
    "Unidad",
    "Junio",
    "Junio",
    [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0],
  ],
  [
    "07",
    "Mejora del Software de VMA",
    "Unidad",
    "Julio",
    "Julio",
    [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
  ],
  ["III. Otras Actividades"],
  [
    "08",
    "Gestión clientes especiales",
    "Unidad",
    "Enero",
    "Diciembre",
    [15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15],
  ],
  [
    "09",
    "Instalación de medidores ultrasónicos y lectura por telemetría a principales clientes y grandes consumidores",
    "Unidad",
    "Julio",
    "Julio",
    [0, 0, 0, 0, 0, 0, 180, 0, 0, 0, 0, 0],
  ],
];

/**
 * One ficha, one header, three sections whose numbering restarts (I: 01–09, II: 01–07,
 * III: 08–09). With `planted`, II.02's February breaks its quarter (and the annual quantity) and
 * II.03 programs in May, outside its plazo (Abril–Abril), keeping its quarter right.
 */
function fichaSecciones(planted = true) {
  const defects = [];
  const rows = [
    ["EMSAPUNO S.A."],
    ["PLAN OPERATIVO INSTITUCIONAL - POI"],
    ["AÑO 2024"],
    ["Periodo del PEI : PEI 2023 - 2025"],
    ["Unidad Orgánica : Subgerencia de Catastro y Comercialización"],
    ["Ficha de Proceso : FP 09 CATASTRO COMERCIAL"],
    ["Responsable del Proceso : Subgerente de Catastro y Comercialización"],
    [],
    FICHA_HEADER,
    FICHA_SUBHEADER,
  ];
  for (const spec of FP09) {
    if (spec.length === 1) {
      rows.push([spec[0]]);
      continue;
    }
    const [numero, name, unit, start, end, months, level] = spec;
    const ms = [...months];
    const quarters = [0, 1, 2, 3].map((q) => {
      const three = ms.slice(q * 3, q * 3 + 3);
      return level ?? three.reduce((a, b) => a + b, 0);
    });
    const annual = level ?? ms.reduce((a, b) => a + b, 0);
    const row = [numero, name, unit, "E.F. Catastro Comercial", start, end, annual];
    quarters.forEach((q, i) => row.push(...ms.slice(i * 3, i * 3 + 3), q));
    row.push(annual);
    rows.push(row);
  }
  if (planted) {
    const find = (name) => rows.findIndex((r) => String(r[1] || "").startsWith(name));
    const monitoreo = find("Monitoreo inopinada de aguas residuales no domésticas - Puno");
    rows[monitoreo][8] = 12; // February (column I): 12 where 10 adds up to the I Trimestre's 20.
    defects.push({
      cell: a1(monitoreo, 10),
      rule: "V4.trimestre",
      what: "a month that breaks a quarter",
    });
    defects.push({
      cell: a1(monitoreo, 23),
      rule: "V4.anual",
      what: "the same month breaks the annual quantity",
    });
    const cajas = find("Reubicación de cajas");
    rows[cajas][11] = 0; // April
    rows[cajas][12] = 4; // May, outside Abril–Abril; the II Trimestre still adds up.
    defects.push({
      cell: a1(cajas, 12),
      rule: "V6.fuera-de-plazo",
      what: "a meta outside the cronograma",
    });
  }
  return { grid: rows, planted: defects };
}

const SEMESTER = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio"];

/**
 * The Aplicativo's POI seguimiento at the end of the first semester: per AO a PROGRAMADO and an
 * EJECUTADO line. Planted: an AO that programmed every month with its EJECUTADO line left blank.
 */
function poiSeguimientoSemestre(seed = 3) {
  const rnd = random(seed);
  const grid = [
    ["SEGUIMIENTO DEL PLAN OPERATIVO INSTITUCIONAL 2025 - I SEMESTRE"],
    ["Actividad Operativa", "Unidad de Medida", "Tipo de acumulación", null, ...SEMESTER],
  ];
  const planted = [];
  for (let k = 1; k <= 8; k++) {
    const id = `AOI0010910${pad(k, 4)} - ${AO_NAMES[k % AO_NAMES.length]}`;
    const prog = SEMESTER.map(() => 1 + Math.floor(rnd() * 5));
    const exec = prog.map((p) => Math.max(0, p - Math.floor(rnd() * 2)));
    grid.push([id, "ACCION", "Acumulado Anual", "PROGRAMADO", ...prog]);
    if (k === 5) {
      grid.push([null, null, null, "EJECUTADO", ...SEMESTER.map(() => null)]);
      planted.push({
        cell: a1(grid.length - 1, 3),
        rule: "V11.sin-ejecucion",
        what: "blank EJECUTADO line",
      });
    } else grid.push([null, null, null, "EJECUTADO", ...exec]);
  }
  return { grid, planted };
}

module.exports = {
  FLAT_POI_HEADER,
  flatPoiTareas,
  peiOeiIndicators,
  peiAeiIndicators,
  toEsPeCsv,
  fichaSecciones,
  poiSeguimientoSemestre,
};
