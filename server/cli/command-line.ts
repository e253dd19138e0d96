import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * A command line parsed by node:util's parseArgs (strict: an unknown option or a missing value
 * is refused). A refusal, or --help, prints the usage and ends the process: 2 for a mistake, 0
 * when help was asked for.
 */
export function commandLine<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  if ((config.args ?? process.argv.slice(2)).includes("--help")) exitWithUsage(usage, 0);
  try {
    return parseArgs(config);
  } catch (e) {
    return exitWithUsage(`${e instanceof Error ? e.message : String(e)}\n${usage}`, 2);
  }
}

export function exitWithUsage(text: string, code = 2): never {
  (code ? console.error : console.log)(text);
  process.exit(code);
}
