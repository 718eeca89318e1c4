/**
 * `deno task jupyter:setup`: what a new analyst runs once before opening the notebooks.
 *
 * 1. Caches every dependency (`deno install`: the npm packages in `deno.json`, about 400 MB with
 *    danfojs's TensorFlow), showing Deno's own progress, so the first cell of a notebook does not
 *    sit silent for half a minute.
 * 2. Copies the Deno running this task to a stable place, `~/.deno/bin/deno-<version>` (or
 *    `$DENO_INSTALL_ROOT/bin/...`), unless it already lives outside a cache: under
 *    `npx -y deno@2.9.6` it runs from npm's cache, which npm may clean at any time, and the
 *    kernelspec records the path of the Deno that installed it.
 * 3. Installs, or re-installs, the Jupyter kernel `deno` with that Deno
 *    (`deno jupyter --install --force --name deno`).
 * 4. Says how to open the notebooks, and that trusting them is optional: every figure carries a
 *    PNG that untrusted notebooks show; trusted (`jupyter trust notebooks/*.ipynb`, from Debian's
 *    `jupyter-nbformat`), they show the SVG with its tooltips.
 *
 * @module
 */

/** The kernel's name, as the notebooks' metadata name it. */
export const KERNEL_NAME = "deno";

/**
 * Whether a Deno executable lives where it may vanish: npm's or npx's cache, a temporary folder.
 *
 * @example
 * ```ts
 * import { isVolatileDenoPath } from "./jupyter_setup.ts";
 * isVolatileDenoPath("/root/.npm/_npx/3f2a/node_modules/deno/deno"); // true
 * isVolatileDenoPath("/usr/local/bin/deno"); // false
 * ```
 */
export function isVolatileDenoPath(path: string): boolean {
  return /[\\/](_npx|\.npm|_cacache|node_modules|tmp|temp)[\\/]/i.test(path);
}

/**
 * Where a Deno of `version` is kept for the kernel: `<root>/bin/deno-<version>`, the root being
 * `$DENO_INSTALL_ROOT` or `~/.deno` (where Deno's own installer puts it).
 *
 * @example
 * ```ts
 * import { stableDenoPath } from "./jupyter_setup.ts";
 * stableDenoPath("2.9.6", { HOME: "/home/ana" }); // "/home/ana/.deno/bin/deno-2.9.6"
 * ```
 */
export function stableDenoPath(version: string, env: Record<string, string | undefined>): string {
  const home = env.HOME ?? env.USERPROFILE;
  const root = env.DENO_INSTALL_ROOT ?? (home === undefined ? undefined : `${home}/.deno`);
  if (root === undefined) {
    throw new Error("jupyter:setup: neither HOME nor DENO_INSTALL_ROOT is set");
  }
  const exe = Deno.build.os === "windows" ? ".exe" : "";
  return `${root}/bin/deno-${version}${exe}`;
}

async function step(title: string, command: string, args: string[]): Promise<void> {
  console.log(`\n== ${title}\n$ ${[command, ...args].join(" ")}`);
  const status = await new Deno.Command(command, { args, stdout: "inherit", stderr: "inherit" })
    .spawn().status;
  if (!status.success) throw new Error(`${title}: '${command} ${args.join(" ")}' failed`);
}

async function copyExecutable(from: string, to: string): Promise<void> {
  await Deno.mkdir(to.replace(/[\\/][^\\/]+$/, ""), { recursive: true });
  const temporary = `${to}.tmp-${Deno.pid}`;
  await Deno.copyFile(from, temporary);
  if (Deno.build.os !== "windows") await Deno.chmod(temporary, 0o755);
  await Deno.rename(temporary, to);
}

async function hasCommand(command: string, args: string[]): Promise<boolean> {
  try {
    const { success } = await new Deno.Command(command, { args, stdout: "null", stderr: "null" })
      .output();
    return success;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const running = Deno.execPath();
  await step("1/3 Caching every dependency (the first time: about 400 MB)", running, ["install"]);

  let deno = running;
  if (isVolatileDenoPath(running)) {
    deno = stableDenoPath(Deno.version.deno, Deno.env.toObject());
    console.log(
      `\n== 2/3 Keeping Deno ${Deno.version.deno} at a stable path\n${running}\n  -> ${deno}`,
    );
    await copyExecutable(running, deno);
  } else {
    console.log(`\n== 2/3 Deno ${Deno.version.deno} is at a stable path: ${deno}`);
  }

  await step("3/3 Installing the Jupyter kernel 'deno'", deno, [
    "jupyter",
    "--install",
    "--force",
    "--name",
    KERNEL_NAME,
  ]);

  const jupyter = await hasCommand("jupyter", ["--version"]);
  const trust = jupyter && await hasCommand("jupyter", ["trust", "--help"]);
  console.log([
    "",
    "Done. Open the notebooks with:",
    "  jupyter notebook notebooks/",
    ...(jupyter ? [] : ["(Jupyter is not on PATH: on Debian, apt-get install jupyter-notebook)"]),
    "Every figure shows as a picture even in an untrusted notebook. To see the SVG figures",
    "(sharp, with tooltips) and styled claim cards, trust the notebooks once:",
    "  jupyter trust notebooks/*.ipynb",
    ...(trust ? [] : ["(`jupyter trust` is in Debian's jupyter-nbformat package)"]),
  ].join("\n"));
}

if (import.meta.main) {
  try {
    await main();
  } catch (error) {
    console.error(`jupyter:setup: ${(error as Error).message}`);
    Deno.exit(1);
  }
}
