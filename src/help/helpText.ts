/** Fixed prose and style of the help page (the generated parts live in renderHelp.ts). */

/** Self-contained CSS: the page loads nothing from the network. */
export const HELP_STYLE = [
  "body{font-family:'Segoe UI',system-ui,sans-serif;line-height:1.45;margin:0 auto;max-width:60rem;padding:0 1rem 2rem;color:#242424}",
  "header{border-bottom:3px solid #107c41;margin-bottom:1rem}",
  "h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.1rem;margin-bottom:.3rem}",
  "code{background:#f3f3f3;padding:0 .2rem;border-radius:3px}",
  "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}",
  "th{background:#f3f3f3}.band{display:inline-block;padding:0 .4rem;margin:.1rem;border-radius:3px}",
  ".badge{font-weight:600}.sev-error .badge{color:#9c0006}.sev-warning .badge{color:#9c5700}.sev-info .badge{color:#404040}",
  "article{margin-bottom:1.2rem}:target{background:#fffbe6}footer{margin-top:2rem;font-size:.85rem;color:#555}",
  "@media (prefers-color-scheme:dark){body{background:#1f1f1f;color:#eee}code,th{background:#333}:target{background:#3a3520}}",
].join("\n");

/** «Cómo leer el semáforo», around the colour swatches of the default scale. */
export const READING_GUIDE = (swatches: string): string =>
  [
    '<section id="leer"><h2>Cómo leer el semáforo</h2>',
    `<p>${swatches}</p>`,
    "<ul>",
    "<li><strong>Rojo</strong> (Malo o Bajo): el avance está por debajo del primer umbral; requiere acción.</li>",
    "<li><strong>Amarillo</strong> (Regular o Medio): avance intermedio; conviene revisar.</li>",
    "<li><strong>Verde</strong> (Bueno o Alto): el avance alcanza lo esperado para el periodo.</li>",
    "<li><strong>Gris</strong> (Sin dato): falta el valor obtenido o el logro esperado; una celda en blanco no es cero.</li>",
    "<li><strong>Tipo de acumulación:</strong> CEPLAN define «Acumulado anual» (suma de los meses) y «No acumulado» (último mes reportado). «Máximo» y «Promedio» son extensiones propias de Semáforo, no tipos de CEPLAN.</li>",
    "<li><strong>Morado</strong> (Sobre-ejecución): solo si la escala lo define y el avance se muestra sin tope.</li>",
    "</ul>",
    "<p>CEPLAN usa umbrales distintos según el periodo: en el seguimiento semestral 30 % y 50 %; en la evaluación anual 75 % y 95 %. Sin una escala indicada, Semáforo elige la del periodo de la matriz (semestral si el encabezado o el título dicen «semestre»). Por defecto, el avance de los indicadores PEI se limita a 100 % y la ejecución física del POI se muestra sin tope; «sin tope» y «con tope» valen para todos los resultados. Una celda que no se puede calcular (lo ejecutado sin nada programado) muestra <code>#N/A</code> y cuenta como «Sin dato».</p>",
    "<p>Un semáforo resume un número: antes de informar, revise los hallazgos de la validación, porque una suma mal hecha o un logro esperado en cero cambian el color.</p>",
    "</section>",
  ].join("\n");

/** «Funciones en el libro»: what planners type, where it runs, how it differs from PLAN.* and portable. */
export const WORKBOOK_FUNCTIONS_GUIDE = [
  '<section id="libro"><h2>Funciones en el libro</h2>',
  '<p>Con el modo <strong>funciones del libro</strong> (opción «Funciones del libro» del panel, o <code>semaforo apply --formulas libro</code>), Semáforo guarda las funciones dentro del propio libro como nombres definidos con <code>LAMBDA</code>, cada uno con su descripción en español. En cualquier celda se escribe el nombre corto, sin <code>PLAN.</code>: <code>=AVANCE_TIPO1(E13;D13)</code>, <code>=SEMAFORO(F13;"CEPLAN_SEMESTRAL")</code>.</p>',
  "<ul>",
  "<li><strong>Dónde calculan:</strong> Excel 365 y Excel 2024, con o sin el complemento. Excel 2021 y versiones anteriores no calculan <code>LAMBDA</code>: allí use el modo portátil (el panel lo comprueba antes de escribir).</li>",
  "<li><strong>Frente a <code>PLAN.*</code>:</strong> las funciones PLAN necesitan el complemento instalado; las del libro viajan con el archivo. Cada llamada del libro calcula una celda o una fila, no un bloque de varias filas, y <code>SEMAFORO</code> y <code>CONTAR_NIVEL</code> aceptan solo escalas por nombre.</li>",
  "<li><strong>Frente al modo portátil:</strong> el portátil escribe fórmulas largas de Excel que funcionan en cualquier versión; las del libro se leen y se editan como las escribe un planificador.</li>",
  "<li>Las funciones leen los números escritos como texto con un nombre auxiliar del libro, <code>LEER_NUMERO</code>, que Semáforo define junto con ellas.</li>",
  "<li><strong>Vista protegida:</strong> un libro recibido por correo o descargado se abre en Vista protegida; allí las celdas con funciones del libro o <code>PLAN.*</code> muestran <code>#NAME?</code> hasta que pulse «Habilitar edición». Las fórmulas del modo portátil se ven bien desde el inicio.</li>",
  "<li>Si el libro ya tiene un nombre igual con otra definición, Semáforo no lo cambia: se lo dice y usted elige. «Quitar lo escrito por Semáforo» borra solo los nombres que Semáforo definió.</li>",
  "</ul>",
  "</section>",
].join("\n");
