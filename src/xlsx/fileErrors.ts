/** A file-system failure told as a Spanish sentence that names the file and what to do. */
export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileError";
  }
}

/** Turns a Node file-system error into a FileError; other errors pass through unchanged. */
export function fileError(error: unknown, file: string, action: "leer" | "escribir"): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (!code) return error instanceof Error ? error : new Error(String(error));
  const f = `«${file}»`;
  switch (code) {
    case "ENOENT":
      return new FileError(
        action === "leer"
          ? `No se encontró el archivo ${f}. Revise el nombre y la carpeta.`
          : `No existe la carpeta donde debe guardarse ${f}. Créela o elija otra salida.`
      );
    case "EACCES":
    case "EPERM":
      return new FileError(
        `No hay permiso para ${action} ${f}. Elija otra carpeta o pida acceso a quien administra el equipo.`
      );
    case "EBUSY":
      return new FileError(
        `${f} está abierto en otro programa (¿Excel?). Ciérrelo y vuelva a intentarlo.`
      );
    case "ENOSPC":
    case "EDQUOT":
      return new FileError(
        `No queda espacio en el disco para escribir ${f}. Libere espacio y vuelva a intentarlo.`
      );
    case "EROFS":
      return new FileError(
        `${f} está en un disco de solo lectura. Elija otra carpeta para la salida.`
      );
    case "EISDIR":
      return new FileError(`${f} es una carpeta, no un archivo. Indique un archivo.`);
    case "ENOTDIR":
      return new FileError(`Una parte de la ruta de ${f} no es una carpeta. Revise la ruta.`);
    case "ENAMETOOLONG":
      return new FileError(
        `El nombre o la ruta de ${f} es demasiado largo. Use una ruta más corta.`
      );
    case "EMFILE":
    case "ENFILE":
      return new FileError(
        `Hay demasiados archivos abiertos para ${action} ${f}. Cierre programas y reintente.`
      );
    default:
      return new FileError(
        `No se pudo ${action} ${f} (código ${code}). Revise el archivo y la carpeta.`
      );
  }
}
