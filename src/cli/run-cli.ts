import { ZhiceError } from "../errors.js";

/** Runs a command-line entry point: operator errors print one clear line and exit 1. */
export function runCli(main: (args: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const message = error instanceof ZhiceError ? `${error.code}: ${error.message}` : (error as Error).message;
    console.error(`Error: ${message}`);
    process.exit(1);
  });
}
