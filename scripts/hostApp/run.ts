import { spawn } from 'node:child_process'

/** Runs `command` with its output on ours; rejects naming the command when it fails. */
export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} (in ${options.cwd}) failed: ${signal ?? `exit ${code}`}`)),
    )
  })
}
