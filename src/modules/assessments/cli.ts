// `grassroots` sub-commands of this module (wired in src/cli.ts).
import type { Command } from 'commander';

export function registerRulesCommands(_program: Command): void {}
