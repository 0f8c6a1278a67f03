//! `build-site [--release]`, run from the application's folder: builds the browser half of
//! Chairside into `target/site/` (release) or `target/site-debug/` (debug: the tests' server,
//! so running the tests never replaces the files of a server that ./scripts/run started), as
//! the server expects it (LEPTOS_SITE_ROOT, LEPTOS_HASH_FILES):
//!
//! 1. the hydrating wasm: `cargo build --lib --target wasm32-unknown-unknown
//!    --no-default-features --features hydrate` (release: the `wasm-release` profile), with the
//!    caller's environment (RUSTFLAGS and LEPTOS_OUTPUT_NAME come from scripts/lib.sh) and the
//!    linker keeping its relocations, which the splitter needs;
//! 2. the wasm split at its split points (Leptos' `#[lazy]` functions: the page areas of
//!    `src/pages.rs` and the calendar's dialogs): a main module, the chunks each area loads on demand, a small loader
//!    script and a manifest of which chunks each split point needs (the server names them in
//!    `<link rel=preload>`s);
//! 3. the main module's JavaScript bindings, by wasm-bindgen used as a library, for the web;
//! 4. release only: `wasm-opt -Oz` on every module (npm's binaryen, installed by scripts/lib.sh);
//! 5. `style/main.css` and the files of `public/`;
//! 6. every file of the build named with the build's id (`chairside.<id>.js`, a chunk
//!    `<name>.<id>.wasm`, ...) and the stylesheet by its content, so browsers may cache them
//!    for a year; the ids go in `hash.txt` beside the server binary, where Leptos'
//!    `HydrationScripts` and `HashedStylesheet` read them;
//! 7. release only: a brotli and a gzip twin of each, which the server sends as they are.
//!
//! It does what cargo-leptos did for this application, in a few minutes of compiling instead
//! of twenty, and leaves the server binary to a plain `cargo build`, with the same flags as the
//! tests, so its dependencies compile once.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{Context, Result, bail};

/// The names the server is configured with (README, "Configuration").
const OUTPUT_NAME: &str = "chairside";
const SITE_ROOT: &str = "target/site";
const DEBUG_SITE_ROOT: &str = "target/site-debug";
const PKG_DIR: &str = "pkg";
const STYLE_FILE: &str = "style/main.css";
const ASSETS_DIR: &str = "public";
const HASH_FILE: &str = "hash.txt";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The names Leptos' `HydrationScripts` expects for the splitter's loader and manifest.
const SPLIT_LOADER: &str = "__wasm_split";
const SPLIT_MANIFEST: &str = "__wasm_split_manifest";

fn main() -> ExitCode {
    let release = match std::env::args().skip(1).collect::<Vec<_>>().as_slice() {
        [] => false,
        [flag] if flag == "--release" => true,
        _ => {
            eprintln!("usage: build-site [--release]");
            return ExitCode::from(2);
        }
    };
    match build(release) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn build(release: bool) -> Result<()> {
    let root = std::env::current_dir()?;
    if !root.join("Cargo.toml").is_file() || !root.join(STYLE_FILE).is_file() {
        bail!(
            "run build-site from the application's folder (it holds Cargo.toml and {STYLE_FILE})"
        );
    }
    let target_dir =
        std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or(root.join("target"));
    let site = root.join(site_root(release));
    let pkg = site.join(PKG_DIR);

    let wasm = timed("compiling the wasm", || compile_wasm(&root, &target_dir, release))?;
    let compiled = fs::read(&wasm).with_context(|| format!("reading {}", wasm.display()))?;
    let id = build_id(&root, &compiled, release)?;
    // The same id means the same wasm files: a release build then keeps them (wasm-opt alone
    // takes over a minute) and only the stylesheet and static files are done again.
    let unchanged = release && pkg.join(format!("{OUTPUT_NAME}.{id}.wasm")).is_file();
    if unchanged {
        eprintln!("    the wasm is unchanged since the last build: its files are kept");
        remove_stylesheets(&pkg)?;
    } else {
        if pkg.exists() {
            fs::remove_dir_all(&pkg).with_context(|| format!("emptying {}", pkg.display()))?;
        }
        fs::create_dir_all(&pkg)?;
        let main_module = wasm.with_file_name(format!("{OUTPUT_NAME}_split.wasm"));
        let chunks = timed("splitting the wasm at its split points", || {
            split(&compiled, &main_module, &pkg, &id)
        })?;
        timed("generating the JavaScript bindings", || bindings(&main_module, &pkg, &id))?;
        if release {
            timed("optimising the wasm (wasm-opt -Oz)", || optimise_all(&root, &pkg))?;
        }
        eprintln!("    {chunks} chunks besides the main module");
    }
    let css = fs::read(root.join(STYLE_FILE)).context("reading the stylesheet")?;
    let css_hash = content_hash(&[&css]);
    fs::write(pkg.join(format!("{OUTPUT_NAME}.{css_hash}.css")), css)?;
    copy_dir(&root.join(ASSETS_DIR), &site).context("copying the static files")?;

    let profile_dir = target_dir.join(if release { "release" } else { "debug" });
    fs::create_dir_all(&profile_dir)?;
    fs::write(profile_dir.join(HASH_FILE), hash_file(&id, &css_hash))
        .with_context(|| format!("writing {}", profile_dir.join(HASH_FILE).display()))?;
    if release {
        timed("compressing (brotli and gzip)", || precompress(&pkg))?;
    }
    eprintln!("    the site is in {}", site.display());
    Ok(())
}

/// Where a build goes: release builds are what ./scripts/run serves, debug builds the tests'
/// server's; apart, so running the tests never replaces the files of a running server.
fn site_root(release: bool) -> &'static str {
    if release { SITE_ROOT } else { DEBUG_SITE_ROOT }
}

fn timed<T>(what: &str, step: impl FnOnce() -> Result<T>) -> Result<T> {
    eprintln!("==> {what}");
    let started = Instant::now();
    let value = step().with_context(|| what.to_string())?;
    eprintln!("    {what}: {:.1} s", started.elapsed().as_secs_f64());
    Ok(value)
}

/// Compiles the library for the browser and answers the path of its wasm.
fn compile_wasm(root: &Path, target_dir: &Path, release: bool) -> Result<PathBuf> {
    let profile = if release { "wasm-release" } else { "dev" };
    // The splitter follows the linker's relocations to find what each chunk needs.
    let mut rustflags = std::env::var("RUSTFLAGS").unwrap_or_default();
    rustflags.push_str(" -Clink-args=--emit-relocs");
    let status = Command::new(std::env::var_os("CARGO").unwrap_or("cargo".into()))
        .current_dir(root)
        .env("RUSTFLAGS", rustflags.trim())
        .args(["build", "--lib", "--target", WASM_TARGET, "--no-default-features"])
        .args(["--features", "hydrate", "--profile", profile])
        .status()
        .context("running cargo")?;
    if !status.success() {
        bail!("cargo build of the wasm failed");
    }
    // Cargo names the dev profile's folder "debug".
    let folder = if release { "wasm-release" } else { "debug" };
    Ok(target_dir.join(WASM_TARGET).join(folder).join(format!("{OUTPUT_NAME}.wasm")))
}

/// The id every generated file of this build carries in its name. It is derived from what
/// produces those files (the compiled wasm, this builder with the splitter and wasm-bindgen in
/// it, and wasm-opt in release), so it is known before they are written and each file can name
/// the others as it is made; and it changes whenever any of them could.
fn build_id(root: &Path, compiled: &[u8], release: bool) -> Result<String> {
    let builder = fs::read(std::env::current_exe()?).context("reading build-site itself")?;
    let optimiser = if release { wasm_opt_version(root)? } else { String::new() };
    Ok(content_hash(&[compiled, &builder, optimiser.as_bytes()]))
}

/// Splits the compiled wasm: the main module goes to `main_module` (wasm-bindgen reads it
/// next), the chunks, the loader and the manifest to `pkg`, all named with `id`. Answers the
/// number of chunks.
fn split(compiled: &[u8], main_module: &Path, pkg: &Path, id: &str) -> Result<usize> {
    let main_script = format!("./{OUTPUT_NAME}.{id}.js");
    let loader = format!("./{SPLIT_LOADER}.{id}.js");
    let mut options = wasm_split_cli_support::Options::new(compiled);
    options.output_dir = pkg;
    options.main_out_path = main_module;
    options.main_module = &main_script;
    options.link_name = &loader;
    // The splitter reports with eyre; its message (with causes) carries over.
    let split =
        wasm_split_cli_support::transform(options).map_err(|error| anyhow::anyhow!("{error:?}"))?;

    // The loader fetches the chunks by the names the splitter gave them: it learns the new ones.
    let loader_path = pkg.join(&loader);
    let mut loader_text = fs::read_to_string(&loader_path)?;
    for chunk in &split.split_modules {
        let stem = chunk
            .file_stem()
            .and_then(|stem| stem.to_str())
            .context("a chunk's name is not UTF-8")?;
        fs::rename(chunk, pkg.join(format!("{stem}.{id}.wasm")))?;
        loader_text =
            loader_text.replace(&format!("\"./{stem}.wasm\""), &format!("\"./{stem}.{id}.wasm\""));
    }
    fs::write(&loader_path, loader_text)?;
    // Split point -> the chunks to preload with its page, named without ".wasm" (Leptos adds
    // it).
    let manifest: std::collections::BTreeMap<_, Vec<_>> = split
        .prefetch_map
        .into_iter()
        .map(|(route, stems)| {
            (route, stems.into_iter().map(|stem| format!("{stem}.{id}")).collect())
        })
        .collect();
    fs::write(
        pkg.join(format!("{SPLIT_MANIFEST}.{id}.json")),
        serde_json::to_string_pretty(&manifest)?,
    )?;
    Ok(split.split_modules.len())
}

/// Writes the main module's JavaScript glue and wasm to `pkg` as `chairside.<id>.{js,wasm}`.
fn bindings(main_module: &Path, pkg: &Path, id: &str) -> Result<()> {
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(main_module)
        .out_name(OUTPUT_NAME)
        .web(true)?
        .typescript(false)
        // The chunks call the main module's functions by the names the linker gave them.
        .keep_lld_exports(true)
        .demangle(false)
        .generate(pkg)
        .context("wasm-bindgen (its version must be the one in the application's Cargo.lock)")?;
    // The glue names no wasm file (Leptos passes the address), so renaming is all there is.
    let name = format!("{OUTPUT_NAME}.{id}");
    fs::rename(pkg.join(format!("{OUTPUT_NAME}_bg.wasm")), pkg.join(format!("{name}.wasm")))?;
    fs::rename(pkg.join(format!("{OUTPUT_NAME}.js")), pkg.join(format!("{name}.js")))?;
    Ok(())
}

/// wasm-opt from the npm package in tools/ (scripts/lib.sh installs it), else from PATH.
fn wasm_opt(root: &Path) -> PathBuf {
    let local = root.join("tools/node_modules/.bin/wasm-opt");
    if local.is_file() { local } else { PathBuf::from("wasm-opt") }
}

fn wasm_opt_version(root: &Path) -> Result<String> {
    let program = wasm_opt(root);
    let output = Command::new(&program)
        .arg("--version")
        .output()
        .with_context(|| format!("running {}", program.display()))?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Runs wasm-opt on every module of `pkg`, one process per core, largest modules first (the
/// main module takes longest; the chunks fill the other cores meanwhile).
fn optimise_all(root: &Path, pkg: &Path) -> Result<()> {
    let mut modules: Vec<(u64, PathBuf)> = walk(pkg)?
        .into_iter()
        .filter(|file| file.extension().is_some_and(|extension| extension == "wasm"))
        .map(|file| Ok((fs::metadata(&file)?.len(), file)))
        .collect::<Result<_>>()?;
    modules.sort();
    let queue = std::sync::Mutex::new(modules);
    let workers = std::thread::available_parallelism().map_or(1, |cores| cores.get());
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| -> Result<()> {
                    loop {
                        let next = queue.lock().expect("no worker panics holding it").pop();
                        match next {
                            Some((_, module)) => optimise(root, &module)?,
                            None => return Ok(()),
                        }
                    }
                })
            })
            .collect();
        handles.into_iter().try_for_each(|handle| handle.join().expect("a worker panicked"))
    })
}

fn optimise(root: &Path, wasm: &Path) -> Result<()> {
    let program = wasm_opt(root);
    // Its output is shown only when it fails: it warns about every module's name section.
    let output = Command::new(&program)
        .args(["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int"])
        .arg(wasm)
        .arg("-o")
        .arg(wasm)
        .output()
        .with_context(|| format!("running {}", program.display()))?;
    if !output.status.success() {
        bail!("wasm-opt failed on {}: {}", wasm.display(), String::from_utf8_lossy(&output.stderr));
    }
    Ok(())
}

/// Removes the stylesheets of earlier builds (and their compressed twins) from `pkg`.
fn remove_stylesheets(pkg: &Path) -> Result<()> {
    for file in walk(pkg)? {
        let name = file.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        if name.starts_with(&format!("{OUTPUT_NAME}.")) && name.contains(".css") {
            fs::remove_file(&file)?;
        }
    }
    Ok(())
}

/// What Leptos reads to name the files in the page: the main module's glue and wasm, the
/// split loader and manifest (all the build's id) and the stylesheet (its own hash).
fn hash_file(id: &str, css_hash: &str) -> String {
    format!("js: {id}\nwasm: {id}\nsplit: {id}\nmanifest: {id}\ncss: {css_hash}\n")
}

/// FNV-1a, 64 bits, in hex, over the parts in order: stable across builds and Rust versions,
/// which is all a file name needs (it is not a security boundary).
fn content_hash(parts: &[&[u8]]) -> String {
    let hash =
        parts.iter().flat_map(|part| part.iter()).fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    format!("{hash:016x}")
}

/// Writes `<file>.br` and `<file>.gz` beside every file of `pkg`, at the highest settings:
/// done once per build, sent many times.
fn precompress(pkg: &Path) -> Result<()> {
    // A kept build's twins are there already (and written again, the same).
    let is_twin = |file: &PathBuf| file.extension().is_some_and(|ext| ext == "br" || ext == "gz");
    for entry in walk(pkg)?.into_iter().filter(|file| !is_twin(file)) {
        let bytes = fs::read(&entry)?;
        let mut br = Vec::new();
        {
            let mut writer = brotli::CompressorWriter::new(&mut br, 64 * 1024, 11, 22);
            writer.write_all(&bytes)?;
        }
        fs::write(with_suffix(&entry, "br"), br)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes)?;
        fs::write(with_suffix(&entry, "gz"), gz.finish()?)?;
    }
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

/// Every file under `dir`, at any depth (wasm-bindgen may write `snippets/`).
fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files.extend(walk(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let path = entry?.path();
        let destination = to.join(path.file_name().expect("a directory entry has a name"));
        if path.is_dir() {
            copy_dir(&path, &destination)?;
        } else {
            fs::copy(&path, &destination)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tests_build_never_replaces_the_site_a_server_serves() {
        assert_eq!(site_root(true), "target/site");
        assert_ne!(site_root(false), site_root(true));
    }

    #[test]
    fn the_content_hash_is_fnv1a_and_names_change_with_the_content() {
        // FNV-1a 64 of "" and "a" (the published test vectors).
        assert_eq!(content_hash(&[b""]), "cbf29ce484222325");
        assert_eq!(content_hash(&[b"a"]), "af63dc4c8601ec8c");
        assert_eq!(content_hash(&[b"", b"a", b""]), "af63dc4c8601ec8c");
        assert_ne!(content_hash(&[b"body{}"]), content_hash(&[b"body{ }"]));
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = walk(dir)
            .unwrap()
            .iter()
            .map(|file| file.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_kept_build_loses_its_old_stylesheets_and_gets_no_twins_of_twins() {
        let pkg = std::env::temp_dir().join(format!("build-site-test-{}", std::process::id()));
        fs::create_dir_all(&pkg).unwrap();
        for name in
            ["chairside.old.css", "chairside.old.css.br", "chairside.id.js", "chunk.id.wasm"]
        {
            fs::write(pkg.join(name), b"body{}").unwrap();
        }
        remove_stylesheets(&pkg).unwrap();
        assert_eq!(names(&pkg), ["chairside.id.js", "chunk.id.wasm"]);
        precompress(&pkg).unwrap();
        precompress(&pkg).unwrap();
        assert_eq!(
            names(&pkg),
            [
                "chairside.id.js",
                "chairside.id.js.br",
                "chairside.id.js.gz",
                "chunk.id.wasm",
                "chunk.id.wasm.br",
                "chunk.id.wasm.gz"
            ]
        );
        fs::remove_dir_all(&pkg).unwrap();
    }
}
