//! `build-site [--release]`, run from the application's folder: builds the browser half of
//! Chairside into `target/site/`, as the server expects it (LEPTOS_SITE_ROOT, LEPTOS_HASH_FILES):
//!
//! 1. the hydrating wasm: `cargo build --lib --target wasm32-unknown-unknown
//!    --no-default-features --features hydrate` (release: the `wasm-release` profile), with the
//!    caller's environment (RUSTFLAGS and LEPTOS_OUTPUT_NAME come from scripts/lib.sh);
//! 2. its JavaScript bindings, by wasm-bindgen used as a library, for the web target;
//! 3. release only: `wasm-opt -Oz` (npm's binaryen, installed by scripts/lib.sh);
//! 4. `style/main.css` and the files of `public/`;
//! 5. the JS, wasm and CSS named `chairside.<hash>.<ext>` (a new build gets new names, so
//!    browsers may cache them for a year), with the hashes in `hash.txt` beside the server
//!    binary, where Leptos' `HydrationScripts` and `HashedStylesheet` read them;
//! 6. release only: a brotli and a gzip twin of each, which the server sends as they are.
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
const PKG_DIR: &str = "pkg";
const STYLE_FILE: &str = "style/main.css";
const ASSETS_DIR: &str = "public";
const HASH_FILE: &str = "hash.txt";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

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
    let site = root.join(SITE_ROOT);
    let pkg = site.join(PKG_DIR);

    let wasm = timed("compiling the wasm", || compile_wasm(&root, &target_dir, release))?;
    if pkg.exists() {
        fs::remove_dir_all(&pkg).with_context(|| format!("emptying {}", pkg.display()))?;
    }
    fs::create_dir_all(&pkg)?;
    timed("generating the JavaScript bindings", || bindings(&wasm, &pkg))?;
    let wasm_file = pkg.join(format!("{OUTPUT_NAME}_bg.wasm"));
    if release {
        timed("optimising the wasm (wasm-opt -Oz)", || optimise(&root, &wasm_file))?;
    }
    fs::copy(root.join(STYLE_FILE), pkg.join(format!("{OUTPUT_NAME}.css")))
        .context("copying the stylesheet")?;
    copy_dir(&root.join(ASSETS_DIR), &site).context("copying the static files")?;

    let hashes = name_by_content(&pkg)?;
    let profile_dir = target_dir.join(if release { "release" } else { "debug" });
    fs::create_dir_all(&profile_dir)?;
    fs::write(profile_dir.join(HASH_FILE), hashes)
        .with_context(|| format!("writing {}", profile_dir.join(HASH_FILE).display()))?;
    if release {
        timed("compressing (brotli and gzip)", || precompress(&pkg))?;
    }
    eprintln!("    the site is in {}", site.display());
    Ok(())
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
    let status = Command::new(std::env::var_os("CARGO").unwrap_or("cargo".into()))
        .current_dir(root)
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

fn bindings(wasm: &Path, pkg: &Path) -> Result<()> {
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(wasm)
        .out_name(OUTPUT_NAME)
        .web(true)?
        .typescript(false)
        .generate(pkg)
        .context("wasm-bindgen (its version must be the one in the application's Cargo.lock)")
}

/// wasm-opt from the npm package in tools/ (scripts/lib.sh installs it), else from PATH.
fn optimise(root: &Path, wasm: &Path) -> Result<()> {
    let local = root.join("tools/node_modules/.bin/wasm-opt");
    let program = if local.is_file() { local } else { PathBuf::from("wasm-opt") };
    let status = Command::new(&program)
        .args(["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int"])
        .arg(wasm)
        .arg("-o")
        .arg(wasm)
        .status()
        .with_context(|| format!("running {}", program.display()))?;
    if !status.success() {
        bail!("wasm-opt failed");
    }
    Ok(())
}

/// Renames the wasm, JS and CSS to `chairside.<hash>.<ext>` (the JS first learns the wasm's
/// new name) and answers the hash file's text.
fn name_by_content(pkg: &Path) -> Result<String> {
    let rename = |from: &str, extension: &str, bytes: &[u8]| -> Result<String> {
        let hash = content_hash(bytes);
        fs::write(pkg.join(format!("{OUTPUT_NAME}.{hash}.{extension}")), bytes)?;
        fs::remove_file(pkg.join(from))?;
        Ok(hash)
    };
    let wasm_name = format!("{OUTPUT_NAME}_bg.wasm");
    let wasm = rename(&wasm_name, "wasm", &fs::read(pkg.join(&wasm_name))?)?;
    let js_name = format!("{OUTPUT_NAME}.js");
    // The glue's default address of the wasm (Leptos passes the address anyway).
    let js = fs::read_to_string(pkg.join(&js_name))?
        .replace(&wasm_name, &format!("{OUTPUT_NAME}.{wasm}.wasm"));
    let js = rename(&js_name, "js", js.as_bytes())?;
    let css_name = format!("{OUTPUT_NAME}.css");
    let css = rename(&css_name, "css", &fs::read(pkg.join(&css_name))?)?;
    Ok(format!("js: {js}\nwasm: {wasm}\ncss: {css}\n"))
}

/// FNV-1a, 64 bits, in hex: stable across builds and Rust versions, which is all a file name
/// needs (it is not a security boundary).
fn content_hash(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// Writes `<file>.br` and `<file>.gz` beside every file of `pkg`, at the highest settings:
/// done once per build, sent many times.
fn precompress(pkg: &Path) -> Result<()> {
    for entry in walk(pkg)? {
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
    fn the_content_hash_is_fnv1a_and_names_change_with_the_content() {
        // FNV-1a 64 of "" and "a" (the published test vectors).
        assert_eq!(content_hash(b""), "cbf29ce484222325");
        assert_eq!(content_hash(b"a"), "af63dc4c8601ec8c");
        assert_ne!(content_hash(b"body{}"), content_hash(b"body{ }"));
    }
}
