/* The chart and page-layout parts of the fake Excel (see fakeExcel.ts): they record what the
 * adapter asks for, and refuse what is not simulated. */

export interface FakeChart {
  type: string;
  source: string;
  title: string;
  at: string;
  /** The bottom-right cell given to setPosition. */
  end?: string;
  /** Categories top to bottom (the category axis' reversePlotOrder). */
  reversed?: boolean;
  fills: string[];
}

export function fakeCharts(log: FakeChart[]) {
  return {
    add: (type: string, source: { address: string }, by: string) => {
      if (by !== "Columns") throw new Error(`FakeExcel: series por ${by} no simulado`);
      const chart: FakeChart = { type, source: source.address, title: "", at: "", fills: [] };
      log.push(chart);
      return {
        title: {
          set text(t: string) {
            chart.title = t;
          },
        },
        setPosition: (at: string, end?: string) => {
          chart.at = at;
          chart.end = end;
        },
        axes: {
          categoryAxis: {
            set reversePlotOrder(r: boolean) {
              chart.reversed = r;
            },
          },
        },
        series: {
          getItemAt: (i: number) => ({
            format: { fill: { setSolidColor: (c: string) => (chart.fills[i] = c) } },
          }),
        },
      };
    },
  };
}

export function fakePageLayout(page: { orientation?: string; zoom?: unknown }) {
  return {
    set orientation(o: string) {
      page.orientation = o;
    },
    set zoom(z: unknown) {
      page.zoom = z;
    },
  };
}
