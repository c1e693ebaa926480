//! Command-line interface definition (clap derive). Every command and flag is documented here;
//! `dossier help COMMAND` prints it.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "dossier",
    version,
    about = "Reads geopolitical news and keeps the record straight: who claims what, on whose word, who denies it.",
    long_about = "dossier reads news articles (text, Markdown, HTML, JSONL, RSS/Atom, WARC; gzip transparently), \
finds the actors, the attributed statements and the events in them, and keeps them in a local \
SQLite database (./dossier.db unless --db or DOSSIER_DB says otherwise) or in PostgreSQL \
(--db postgres://user@host/db), where `dossier enqueue` and several `dossier worker`s can share \
the work.\n\n\
Start with `dossier demo`, then `dossier ingest DIR` on your own articles.\n\n\
Exit codes: 0 every input processed; 1 some inputs rejected (each reported on stderr as \
`file[:line]: reason`; every good document is still processed) or the command failed; 2 usage error.",
    after_help = "Examples:\n  dossier demo\n  dossier ingest articles/ feeds.xml --db news.db\n  \
dossier search '\"ballistic missiles\" AND Iran'\n  cat docs.jsonl | dossier extract - > facts.jsonl"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read articles, extract their facts and store them (idempotent: known texts are skipped).
    Ingest(IngestArgs),
    /// Extract facts and print one JSON object per document (no database; a pure filter).
    Extract(ExtractArgs),
    /// List stored documents, newest first.
    Docs(ListArgs),
    /// Show one stored document with its extracted facts.
    Doc(DocArgs),
    /// Full-text search over stored titles and texts (SQLite FTS5 syntax).
    Search(SearchArgs),
    /// Counts over the store.
    Stats(StatsArgs),
    /// Actors across the store with mention counts.
    Actors(ListArgs),
    /// Claims across the store with their computed status (the claims board).
    Claims(ClaimsArgs),
    /// One claim: its ledger (every statement for and against) and status timeline.
    Claim(ClaimArgs),
    /// A news-analysis brief of a claim, or of every claim about an actor; every sentence cites
    /// its evidence.
    Brief(BriefArgs),
    /// Opposite stances from different actors on the same claim.
    Contradictions(ListArgs),
    /// Status changes since a date (what a watcher would be alerted to).
    Changes(ChangesArgs),
    /// The relations graph: actor × actor × month, with event counts, mean Goldstein score and
    /// the strongest evidence (from asserted and reported events).
    Graph(GraphArgs),
    /// Export the store: extraction records (jsonl), claims (csv, claimreview), events (gdelt,
    /// plover).
    Export(ExportArgs),
    /// Ingest the bundled sample corpus into a fresh database and show what dossier knows.
    Demo(DemoArgs),
    /// Score the extraction against annotated data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Train a learned component (the article-stance model on FNC-1).
    #[command(subcommand)]
    Train(TrainCommand),
    /// Serve the web UI and the JSON API (loopback by default; documented at /api/openapi.json).
    Serve(ServeArgs),
    /// Queue articles in PostgreSQL for `dossier worker` processes (reads like `ingest`, does
    /// not extract).
    Enqueue(EnqueueArgs),
    /// Claim queued articles in batches, extract and store them; run several at once, on one
    /// machine or many (`FOR UPDATE SKIP LOCKED`: no batch is handed out twice). A document that
    /// cannot be processed stays in the queue as `failed` with the reason (exit 1).
    Worker(WorkerArgs),
    /// Fold `dossier extract` JSONL (files, directories of part files, or `-`) into a store,
    /// without extracting again.
    Merge(MergeArgs),
    /// Rebuild every claim's status, explanation, timeline and counts from its ledger and report
    /// any difference from what was stored (after a crash, a bug, or a store from an old version).
    Repair(RepairArgs),
    /// Measure extraction throughput, ingest, memory and scaling, query latency and the
    /// spaCy + textacy peer on the FNC-1 bodies; writes OUT/bench.json and OUT/bench.svg.
    Bench(BenchArgs),
    /// Follow RSS/Atom feeds and sitemaps: fetch each new article page once (politely), ingest
    /// it, and print one JSON line per claim status change it causes.
    Watch(WatchArgs),
}

#[derive(Args, Debug, Clone)]
pub struct DbArg {
    /// Database: a SQLite file path, or a PostgreSQL URL
    /// (`postgres://user[:password]@host[:port]/database`).
    #[arg(
        long,
        env = "DOSSIER_DB",
        default_value = "dossier.db",
        value_name = "PATH|URL",
        hide_env_values = true
    )]
    pub db: String,
}

#[derive(Args, Debug, Clone)]
pub struct ReadArgs {
    /// Files or directories to read (recursively), or `-` for standard input.
    #[arg(value_name = "INPUT", default_value = "-")]
    pub inputs: Vec<String>,
    /// Read every input as this format instead of guessing from name and content.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// Reject documents larger than this many bytes of text.
    #[arg(long, default_value_t = 8 * 1024 * 1024, value_name = "BYTES")]
    pub max_doc_bytes: usize,
    /// Directory of lexicon TSV files laid over the built-in lexicon (same format as data/lexicon).
    #[arg(long, value_name = "DIR")]
    pub lexicon: Option<PathBuf>,
    /// A local attribution cue model (`dossier train attribution`): decides the predicates the
    /// attribution rules do not know. Default: rules only.
    #[arg(long, env = "DOSSIER_ATTRIBUTION_MODEL", value_name = "FILE")]
    pub attribution_model: Option<PathBuf>,
    /// Worker threads for extraction (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Text,
    Markdown,
    Html,
    Jsonl,
    Feed,
    Warc,
}

#[derive(Args, Debug)]
pub struct IngestArgs {
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub db: DbArg,
    /// No progress bar and no summary line.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExtractFormat {
    #[default]
    Jsonl,
    /// Indented JSON, one object per document (for reading, not for pipes).
    Pretty,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub read: ReadArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ExtractFormat,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutputFormat {
    #[default]
    Table,
    Json,
    Jsonl,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Rows to show.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Rows to skip.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

#[derive(Args, Debug)]
pub struct DocArgs {
    /// Document id (or a unique prefix of it).
    pub id: String,
    #[command(flatten)]
    pub db: DbArg,
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Words, "exact phrases", OR, NOT, prefix*; invalid syntax is searched as plain words.
    pub query: String,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusArg {
    Unverified,
    Reported,
    Disputed,
    Denied,
    Confirmed,
}

#[derive(Args, Debug)]
pub struct ClaimsArgs {
    /// Only claims with this status.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Only claims whose subject or target is this actor id (IRN also matches IRN.IRGC).
    #[arg(long, value_name = "ID")]
    pub actor: Option<String>,
    /// Only claims with statements published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Args, Debug)]
pub struct ClaimArgs {
    /// Claim id (or a unique prefix of it).
    pub id: String,
    #[command(flatten)]
    pub db: DbArg,
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
    /// Ledger rows to show (one page, in timeline order; `ledger_total` says how many there are).
    #[arg(long, default_value_t = 200, value_name = "N")]
    pub ledger_limit: usize,
    /// Ledger rows to skip (the next page).
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub ledger_offset: usize,
    /// Hide ledger rows from statements whose confidence (0–1, `Statement.confidence`) is below
    /// this; status is still computed over every row. 0 shows everything.
    #[arg(long, default_value_t = 0.0, value_name = "C")]
    pub min_confidence: f32,
}

#[derive(Args, Debug)]
pub struct RepairArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Report differences without fixing them (exit 1 if any).
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BriefFormat {
    #[default]
    Md,
    Json,
}

#[derive(Args, Debug)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["id", "actor"])))]
pub struct BriefArgs {
    /// Claim id (or a unique prefix of it).
    pub id: Option<String>,
    /// Brief every claim about this actor id instead.
    #[arg(long, value_name = "ID")]
    pub actor: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
    #[arg(long, value_enum, default_value_t)]
    pub format: BriefFormat,
    /// Hide ledger rows from statements whose confidence (0–1, `Statement.confidence`) is below
    /// this; status is still computed over every row. 0 shows everything.
    #[arg(long, default_value_t = 0.0, value_name = "C")]
    pub min_confidence: f32,
}

#[derive(Args, Debug)]
pub struct ChangesArgs {
    /// Changes published on or after this date (YYYY-MM-DD). With `--format json|jsonl` each
    /// change is the same object `dossier watch` prints as an alert.
    #[arg(long, value_name = "DATE")]
    pub since: String,
    /// Only these claims (ids or prefixes).
    #[arg(long, value_name = "ID", num_args = 1..)]
    pub claims: Vec<String>,
    /// Only claims whose subject or target is this actor or one of its bodies (`IRN`).
    #[arg(long, value_name = "ACTOR")]
    pub actor: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GraphFormat {
    #[default]
    Json,
    Csv,
    /// Graphviz: `dossier graph --format dot | dot -Tsvg > graph.svg`.
    Dot,
}

#[derive(Args, Debug)]
pub struct GraphArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Only events published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only events published on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: GraphFormat,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One extraction record per document (the `dossier extract` shape).
    Jsonl,
    /// One row per claim.
    Csv,
    /// schema.org ClaimReview JSON-LD per claim; status → reviewRating 1 (denied) … 5 (confirmed).
    Claimreview,
    /// GDELT 2.0 event table (61 tab-separated columns; tone and geography left empty).
    Gdelt,
    /// PLOVER-style event records with cite_info and text spans (JSON lines).
    Plover,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Where to build the demo database (replaced if it is an earlier demo database).
    #[arg(long, default_value = "dossier-demo.db", value_name = "PATH")]
    pub db: PathBuf,
}

#[derive(Args, Debug)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Address to listen on. A non-loopback address needs a token.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "IP:PORT")]
    pub addr: std::net::SocketAddr,
    /// Token required by POST /api/documents (`Authorization: Bearer TOKEN`); without one,
    /// ingest over HTTP is disabled.
    #[arg(
        long,
        env = "DOSSIER_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// Attribution: precision, recall, F1 and stance accuracy on the annotated fixtures, or on
    /// PolNeAR with --polnear.
    Attribution(EvalAttributionArgs),
    /// Event coding: share of expected events found and share of extra events on the PETRARCH-2
    /// and UniversalPetrarch validation records, and agreement with the PLOVER gold records.
    Events(EvalEventsArgs),
    /// Stance model: the official FNC-1 score, confusion matrix, per-class and macro F1 on the
    /// FNC-1 competition test set; accuracy on Emergent's test split.
    Stance(EvalStanceArgs),
    /// Tagger and parser: first the two hand-checked news checks (UPOS on wire-style sentences;
    /// the arcs dossier's stages lean on, with every miss), then UPOS, XPOS, FEATS, lemma, UAS,
    /// LAS and words/s on the UD English test sets (EWT, GUM-open), on gold tokens and raw text.
    Syntax(crate::syntax_cmd::EvalSyntaxArgs),
    /// Events, claims and statements against the hand-annotated real-news gold set
    /// (tests/fixtures/gold): precision, recall, central-proposition recall, speaker accuracy.
    Claims(crate::eval_cmd::EvalClaimsArgs),
    /// Claim status against Emergent's truth labels: accuracy, per-class and macro F1 and the
    /// confusion matrix on the 60 test claims (tuned on the 240 others).
    Veracity(crate::eval_cmd::EvalVeracityArgs),
}

#[derive(Subcommand, Debug)]
pub enum TrainCommand {
    /// Train the article-vs-claim stance model on FNC-1 (and Emergent's training split, read
    /// from the `emergent` directory beside DATA). Deterministic for a given seed.
    Stance(TrainStanceArgs),
    /// Train the tagger, parser, labeller, morphology tables and lemmatiser on the UD English
    /// treebanks. Deterministic for a given seed.
    Syntax(crate::syntax_cmd::TrainSyntaxArgs),
    /// Train the attribution cue model on PolNeAR train, its threshold chosen on dev.
    /// Deterministic. PolNeAR has no data licence: the model is for local use only (never
    /// commit or ship it); load it with --attribution-model.
    Attribution(TrainAttributionArgs),
}

#[derive(Args, Debug)]
pub struct TrainAttributionArgs {
    /// The PolNeAR directory (train/, dev/).
    #[arg(long, default_value = "../shared/data/attribution/polnear")]
    pub data: PathBuf,
    /// Where to write the model (the default is in .gitignore).
    #[arg(long, default_value = "dossier-attribution.model")]
    pub out: PathBuf,
    /// Perceptron passes over the training examples.
    #[arg(long, default_value_t = 5)]
    pub epochs: usize,
}

#[derive(Args, Debug)]
pub struct TrainStanceArgs {
    /// The FNC-1 directory (train_bodies.csv, train_stances.csv).
    #[arg(long, default_value = "../shared/data/stance/fnc-1")]
    pub data: PathBuf,
    /// Where to write the weights.
    #[arg(long, default_value = "data/models/stance-fnc1.bin")]
    pub out: PathBuf,
    /// Random seed (the shipped model uses the default).
    #[arg(long, default_value_t = 1489215)]
    pub seed: u64,
    /// Train on the first N pairs only (a quick check, not a shippable model).
    #[arg(long)]
    pub limit: Option<usize>,
}

#[derive(Args, Debug)]
pub struct EvalEventsArgs {
    /// The event-coding data folder (petrarch2/, universal-petrarch/, plover/).
    #[arg(long, default_value = "../shared/data/event-coding")]
    pub data: PathBuf,
    /// Also list every record the coder gets wrong (sentence, expected and produced events,
    /// the stage that lost each miss) and the misses counted by cause, per record set.
    #[arg(long)]
    pub verbose: bool,
}

#[derive(Args, Debug)]
pub struct EvalStanceArgs {
    /// Directory holding `fnc-1/` and `emergent/`.
    #[arg(long, default_value = "../shared/data/stance")]
    pub data: PathBuf,
    /// Weights to evaluate (default: the embedded model).
    #[arg(long)]
    pub model: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct EvalAttributionArgs {
    /// Directory of annotated paragraphs.
    #[arg(long, default_value = "tests/fixtures/attribution")]
    pub fixtures: PathBuf,
    /// PolNeAR directory (e.g. ../shared/data/attribution/polnear): score on it instead.
    #[arg(long)]
    pub polnear: Option<PathBuf>,
    /// PolNeAR split to score (train, dev; test only as a final check, never for tuning).
    #[arg(long, default_value = "dev")]
    pub split: String,
    /// With --polnear: score once per confidence threshold (comma-separated, e.g.
    /// 0,0.3,0.5), statements below it left out; for choosing `--min-confidence`.
    #[arg(long, value_delimiter = ',', value_name = "T,T,…")]
    pub confidence_sweep: Vec<f32>,
    /// With --polnear: print why each missed gold attribution was missed, counted by class
    /// with document ids and offsets (train or dev; never test).
    #[arg(long)]
    pub misses: bool,
    /// With --polnear: a local attribution cue model (`dossier train attribution`).
    #[arg(long, env = "DOSSIER_ATTRIBUTION_MODEL", value_name = "FILE")]
    pub attribution_model: Option<PathBuf>,
}

/// Where the queue lives: `--queue`, else `--db` (which must then be a postgres:// URL).
#[derive(Args, Debug, Clone)]
pub struct QueueArg {
    /// PostgreSQL URL of the queue (default: the --db database, which must then be PostgreSQL).
    #[arg(
        long,
        env = "DOSSIER_QUEUE",
        value_name = "postgres://…",
        hide_env_values = true
    )]
    pub queue: Option<String>,
}

#[derive(Args, Debug)]
pub struct EnqueueArgs {
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub queue: QueueArg,
    /// No summary line.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct WorkerArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub queue: QueueArg,
    /// Documents claimed, extracted and stored per transaction.
    #[arg(long, default_value_t = 64, value_name = "N")]
    pub batch: usize,
    /// Stop once the queue holds no pending document (instead of polling for more).
    #[arg(long)]
    pub exit_when_empty: bool,
    /// Directory of lexicon TSV files laid over the built-in lexicon (same format as data/lexicon).
    #[arg(long, value_name = "DIR")]
    pub lexicon: Option<PathBuf>,
    /// Worker threads for extraction (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress lines and no summary.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct MergeArgs {
    /// `dossier extract` JSONL files, directories of them (e.g. Spark part files; names starting
    /// with `.` or `_` are skipped), or `-` for standard input.
    #[arg(value_name = "EXTRACTED", default_value = "-")]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub db: DbArg,
    /// No progress lines and no summary.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BenchFormat {
    #[default]
    Table,
    Json,
}

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Data folder holding stance/fnc-1/{train,competition_test}_bodies.csv
    /// [default: ../shared/data].
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Where to write bench.json, bench.svg and the cached query store.
    #[arg(long, default_value = "target/bench", value_name = "DIR")]
    pub out: PathBuf,
    /// Small sizes for a smoke run: 200 bodies, scales 1,4, a 1,000-document store, no peer
    /// unless --peer.
    #[arg(long)]
    pub quick: bool,
    /// Run the spaCy + textacy peer (default: when bench/peers/.venv exists).
    #[arg(long, conflicts_with = "no_peer")]
    pub peer: bool,
    /// Do not run the peer.
    #[arg(long)]
    pub no_peer: bool,
    /// The peer folder (peer.py and its .venv).
    #[arg(long, default_value = "bench/peers", value_name = "DIR")]
    pub peers: PathBuf,
    /// Corpus replication factors for the scaling runs.
    #[arg(long, value_delimiter = ',', value_name = "K,K,…")]
    pub scale: Option<Vec<usize>>,
    /// Only grow a store to N synthetic short documents with recurring claims, reporting
    /// ingest docs/s and memory along the way and board/brief latency at the end (issue 19).
    #[arg(long, value_name = "N")]
    pub grow: Option<usize>,
    /// The store `--grow` fills: a new SQLite file by default (OUT/grow-N.db), or an empty
    /// PostgreSQL database URL.
    #[arg(long, value_name = "PATH|URL", requires = "grow")]
    pub grow_db: Option<String>,
    /// Only feed K equal chunks of `--chunk-size` synthetic short documents with recurring
    /// claims to one new SQLite store through `dossier ingest`, reporting the CPU of each, then
    /// time `dossier claims` (issue 19's three-chunk test).
    #[arg(long, value_name = "K", conflicts_with = "grow")]
    pub chunks: Option<usize>,
    /// Documents per chunk for `--chunks`.
    #[arg(long, default_value_t = 15_000, value_name = "N")]
    pub chunk_size: usize,
    /// Documents in the store the claims board and brief are timed on [default: 100000].
    #[arg(long, value_name = "N")]
    pub store_docs: Option<usize>,
    /// Use only the first N bodies (also for the peer).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Run the peer on the first N bodies only (it reads ~10 documents/s; the ratio is per MB).
    #[arg(long, value_name = "N")]
    pub peer_limit: Option<usize>,
    /// Timed repetitions of each query.
    #[arg(long, default_value_t = 30, value_name = "N")]
    pub runs: usize,
    /// Threads for the all-cores extraction run [default: all cores].
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    #[arg(long, value_enum, default_value_t)]
    pub format: BenchFormat,
    /// Only soak `dossier watch`: N polls of a loopback feed (a new article every 10 polls),
    /// reporting resident memory at polls 1, 2, 5, 10, 20, 50, 100, … 10,000… (issue 20).
    #[arg(long, value_name = "N", conflicts_with = "grow")]
    pub watch_soak: Option<usize>,
}

#[derive(Args, Debug)]
pub struct WatchArgs {
    /// Feeds to poll: http(s) URLs of RSS/Atom feeds or sitemaps, or local feed files (their
    /// items' pages are fetched over HTTP).
    #[arg(value_name = "URL|FILE")]
    pub sources: Vec<String>,
    /// A file listing feeds, one URL or path a line (`#` starts a comment).
    #[arg(long, value_name = "FILE")]
    pub feeds: Option<PathBuf>,
    /// Seconds between two polls of every feed.
    #[arg(long, default_value_t = 900, value_name = "SECONDS")]
    pub interval: u64,
    /// Stop after this many polls (for cron and tests); without it, run until SIGINT/SIGTERM.
    #[arg(long, value_name = "N")]
    pub polls: Option<u64>,
    #[command(flatten)]
    pub db: DbArg,
    /// POST each alert (the JSON line printed on stdout) to this URL.
    #[arg(long, value_name = "URL")]
    pub alerts_webhook: Option<String>,
    /// Alert only on these claims (ids or prefixes).
    #[arg(long, value_name = "ID", num_args = 1..)]
    pub claims: Vec<String>,
    /// Alert only on claims whose subject or target is this actor or one of its bodies (`IRN`).
    #[arg(long, value_name = "ACTOR")]
    pub actor: Option<String>,
    /// Minimum delay between two requests to one host, in milliseconds (a longer robots.txt
    /// `Crawl-delay` wins).
    #[arg(long, default_value_t = 1000, value_name = "MS")]
    pub min_delay_ms: u64,
    /// Longest wait for a host that asked us to slow down (429/5xx with Retry-After, backoff)
    /// before its requests are deferred to the next poll, in seconds.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    pub max_wait: u64,
    /// Timeout of one request (connect to last byte), in seconds.
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    pub timeout: f64,
    /// Fetches of a page failing with 429/5xx or a network error before it is given up.
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub max_attempts: u32,
    /// Do not read robots.txt (only for servers you run yourself).
    #[arg(long)]
    pub ignore_robots: bool,
    /// User-Agent sent with every request (its first word is the robots.txt product token).
    #[arg(long, env = "DOSSIER_USER_AGENT", default_value = concat!("dossier/", env!("CARGO_PKG_VERSION")))]
    pub user_agent: String,
    /// No per-poll summary on stderr (failures are still reported).
    #[arg(long, short)]
    pub quiet: bool,
}
