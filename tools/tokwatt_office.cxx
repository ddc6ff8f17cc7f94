// tokwatt-office: drives a real LibreOffice for `make run` and `make install`.
//
//   tokwatt-office run OXT PROFILE OUTDIR TEMPLATES_DIR
//       installs OXT into the isolated PROFILE, computes the source texts'
//       numbers with the add-in in a new workbook, prints them beside the
//       texts', recalculates every template of TEMPLATES_DIR into
//       OUTDIR/<name>.ods and .pdf,
//       saves OUTDIR/source-figures.ods, and opens it in a Calc window when
//       a display is present.
//   tokwatt-office install OXT [PROFILE]
//       installs OXT into PROFILE (default: your own LibreOffice profile).
//   tokwatt-office portable OXT PROFILE IN OUT
//       installs OXT into the isolated PROFILE, opens the workbook IN and
//       writes its portable copy OUT (.ods, or .xlsx for Excel): every
//       tokwatt call replaced by built-in functions (portable/copy.hxx).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include <algorithm>

#include <climits>
#include <cstring>

#include <dirent.h>
#include <libgen.h>
#include <spawn.h>
#include <sys/stat.h>
#include <unistd.h>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <cppuhelper/implbase1.hxx>

#include "../addin/portable/copy.hxx"
#include "../addin/common/strings.hxx"

#include "../sources/printed_figures.hxx"
#include "office.hxx"
#include "sheet.hxx"
#include "simulation_job.hxx"
#include "workbook_report.hxx"

// Last: <signal.h> defines si_value, a name printed_figures.hxx uses.
#include <csignal>
#include <ctime>
#include <sys/wait.h>

extern char** environ;

using namespace tokwatt;

namespace
{
std::string cell(char column, std::size_t row) { return column + std::to_string(row); }

std::string number(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

// How a computed figure stands against the text: it matches the printed
// figure; or the text is known to be off and it matches what the equations
// give; or something is wrong.
enum class Verdict { matches, text_is_off, wrong };

Verdict judge(const Sheet& sheet, const std::string& result_cell, const PrintedFigure& check)
{
    if (sheet.error(result_cell) != calc_error::none)
        return Verdict::wrong;
    const double value = sheet.value(result_cell);
    if (!check.recomputed)
        return matches_printed(value, check.printed, check.unit_in_si) ? Verdict::matches
                                                                       : Verdict::wrong;
    return matches_printed(value, check.recomputed, check.unit_in_si)
                   && !matches_printed(value, check.printed, check.unit_in_si)
               ? Verdict::text_is_off
               : Verdict::wrong;
}

const char* describe(Verdict verdict)
{
    switch (verdict)
    {
        case Verdict::matches: return "matches";
        case Verdict::text_is_off: return "TEXT IS OFF";
        case Verdict::wrong: return "DIFFERS";
    }
    return "";
}

// Writes the source texts' checks and the essay's cohort table into sheet,
// prints them, and returns how many figures are wrong (a known misprint of
// a text is not wrong: the row shows what the equations give instead).
int fill_and_report(Sheet& sheet)
{
    sheet.set_text("A1", "tokwatt: the source texts' numbers computed by the add-in");
    sheet.set_text("A2", "Defaults of the essay \"Counting piano tuners, counting tokens\": "
                         "50/50 H100/B200 fleet, PUE 1.4, realistic cache profile.");
    const char* header[] = { "Quantity", "Source", "Formula", "Result (SI)", "Result",
                             "Text prints", "Equations give", "Unit", "Verdict" };
    for (int c = 0; c < 9; ++c)
        sheet.set_text(cell(static_cast<char>('A' + c), 4), header[c]);

    const std::size_t first = 5;
    for (std::size_t i = 0; i < printed_figure_count; ++i)
    {
        const PrintedFigure& check = printed_figures[i];
        const std::size_t row = first + i;
        sheet.set_text(cell('A', row), check.quantity);
        sheet.set_text(cell('B', row), check.source);
        sheet.set_text(cell('C', row), check.formula);
        sheet.set(cell('D', row), check.formula);
        sheet.set(cell('E', row), "=" + cell('D', row) + "/" + number(check.unit_in_si));
        sheet.set_text(cell('F', row), check.printed);
        sheet.set_text(cell('G', row), check.recomputed ? check.recomputed : check.printed);
        sheet.set_text(cell('H', row), check.unit);
    }

    const std::size_t cohort_title = first + printed_figure_count + 1;
    const std::size_t cohort_first = cohort_title + 2;
    const std::size_t cohort_last = cohort_first + essay_cohort_count - 1;
    const std::string users_range
        = "B" + std::to_string(cohort_first) + ":B" + std::to_string(cohort_last);
    sheet.set_text(cell('A', cohort_title), "The essay's \"At scale\" table: =COHORT("
                                                + users_range
                                                + ";53E3), P_user rounded to 53 kW as the "
                                                  "essay does");
    const char* cohort_header[] = { "Cohort", "Users", "P_pop (W)", "vs US electricity",
                                    "K_1", "Essay prints", "Unit", "In words" };
    for (int c = 0; c < 8; ++c)
        sheet.set_text(cell(static_cast<char>('A' + c), cohort_first - 1), cohort_header[c]);
    for (std::size_t i = 0; i < essay_cohort_count; ++i)
    {
        const std::size_t row = cohort_first + i;
        sheet.set_text(cell('A', row), essay_cohorts[i].cohort);
        sheet.set(cell('B', row), essay_cohorts[i].users);
        sheet.set_text(cell('F', row), essay_cohorts[i].printed);
        sheet.set_text(cell('G', row), essay_cohorts[i].unit);
        sheet.set(cell('H', row), "=POWERCOMPARE(" + cell('C', row) + ")");
    }
    sheet.set_array(cell('C', cohort_first) + ":" + cell('E', cohort_last),
                    "=COHORT(" + users_range + ";" + number(essay_cohort_p_user_w) + ")");

    sheet.recalculate();

    int wrong = 0;
    const char* last_source = "";
    for (std::size_t i = 0; i < printed_figure_count; ++i)
    {
        const PrintedFigure& check = printed_figures[i];
        const std::size_t row = first + i;
        const Verdict verdict = judge(sheet, cell('D', row), check);
        sheet.set_text(cell('I', row), describe(verdict));
        wrong += verdict == Verdict::wrong;
        if (std::string(check.source) != last_source)
        {
            std::printf("\n%s\n%-44s %12s %10s %-11s %s\n", check.source, "  quantity",
                        "tokwatt", "text", "unit", "formula");
            last_source = check.source;
        }
        std::printf("  %-42s %12s %10s %-11s %s\n", check.quantity,
                    number(sheet.value(cell('E', row))).c_str(), check.printed, check.unit,
                    check.formula);
        if (verdict != Verdict::matches)
            std::printf("  %-42s %s%s%s\n", "", describe(verdict),
                        check.recomputed ? ": the equations give " : "",
                        check.recomputed ? check.recomputed : "");
    }

    std::printf("\nThe essay's At scale table: =COHORT(users; 53E3), P_user rounded to 53 kW\n"
                "%-16s %10s %12s %11s %11s %-14s %s\n",
                "cohort", "users", "P_pop (W)", "vs US grid", "K_1", "essay prints",
                "in words (POWERCOMPARE)");
    for (std::size_t i = 0; i < essay_cohort_count; ++i)
    {
        const EssayCohort& c = essay_cohorts[i];
        const std::size_t row = cohort_first + i;
        const bool ok = sheet.error(cell('C', row)) == calc_error::none
                        && matches_printed(sheet.value(cell('C', row)), c.printed,
                                           c.unit_in_si);
        wrong += !ok;
        std::printf("%-16s %10s %12s %11s %11s %-14s %s%s\n", c.cohort, number(c.users).c_str(),
                    number(sheet.value(cell('C', row))).c_str(),
                    number(sheet.value(cell('D', row))).c_str(),
                    number(sheet.value(cell('E', row))).c_str(),
                    (std::string(c.printed) + " " + c.unit).c_str(),
                    sheet.text(cell('H', row)).c_str(), ok ? "" : "  DIFFERS");
    }
    sheet.fit_columns(9, 65);
    return wrong;
}

void open_window(const std::string& profile, const std::string& path)
{
    std::vector<std::string> args
        = { "/usr/lib/libreoffice/program/soffice", "-env:UserInstallation=" + file_url(profile),
            "--norestore", "--nologo", path };
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) == 0)
        std::printf("Opened %s in a Calc window.\n", path.c_str());
}

// Opens each template, recalculates it with the add-in, writes it as .ods
// and .pdf to out_dir, and prints what it says of itself. Returns the
// number of templates that do not match or show an error.
int report_templates(const Office& office, const std::string& templates_dir,
                     const std::string& out_dir)
{
    std::vector<std::string> names;
    if (DIR* dir = opendir(templates_dir.c_str()))
    {
        while (const dirent* entry = readdir(dir))
        {
            const std::string name = entry->d_name;
            if (name.size() > 4 && name.substr(name.size() - 4) == ".ots")
                names.push_back(name.substr(0, name.size() - 4));
        }
        closedir(dir);
    }
    std::sort(names.begin(), names.end());
    std::printf("\nTemplate workbooks, recalculated with the add-in (%s/*.ods, *.pdf)\n",
                out_dir.c_str());
    int failing = 0;
    for (const std::string& name : names)
    {
        auto document = office.load(templates_dir + "/" + name + ".ots");
        Sheet(document).recalculate();
        const WorkbookReport report = inspect(document);
        save_as(document, out_dir + "/" + name + ".ods");
        save_as(document, out_dir + "/" + name + ".pdf");
        close(document);
        const bool ok = report.has_all_match && report.all_match && report.error_cells.empty();
        failing += !ok;
        std::printf("  %-22s %3zu figures checked, %s%s\n", name.c_str(), report.checks.size(),
                    ok ? "every figure matches" : "SOMETHING DOES NOT MATCH",
                    report.error_cells.empty()
                        ? ""
                        : (", error cells: " + report.error_cells.front() + " ...").c_str());
    }
    if (names.empty())
        std::printf("  (none found)\n");
    return failing;
}

int run(const std::string& oxt, const std::string& profile, const std::string& out_dir,
        const std::string& templates_dir)
{
    std::printf("Installing %s into the isolated profile %s ...\n", oxt.c_str(),
                profile.c_str());
    prepare_profile(profile, oxt, TW_EXTENSION_ID);
    mkdir(out_dir.c_str(), 0755);
    const std::string path = out_dir + "/source-figures.ods";
    int mismatches;
    {
        Office office(profile);
        auto document = office.new_spreadsheet();
        Sheet sheet(document, "Essay defaults");
        mismatches = fill_and_report(sheet);
        save_as(document, path);
        close(document);
        mismatches += report_templates(office, templates_dir, out_dir);
    }
    std::printf("\nSaved the recalculated workbook: %s\n", path.c_str());
    std::printf("%s\n", mismatches
                           ? "Some figures are wrong (DIFFERS above)."
                           : "Every figure matches its text to the printed precision, except "
                             "where the text contradicts its own equations (TEXT IS OFF).");
    const char* display = std::getenv("DISPLAY");
    if (display && *display)
        open_window(profile, path);
    return mismatches ? 1 : 0;
}

int install(const std::string& oxt, std::string profile)
{
    if (profile.empty())
    {
        const char* home = std::getenv("HOME");
        if (!home)
            throw std::runtime_error("HOME is not set: name the profile directory");
        profile = std::string(home) + "/.config/libreoffice/4";
    }
    std::printf("Installing %s into %s (close LibreOffice first) ...\n", oxt.c_str(),
                profile.c_str());
    prepare_profile(profile, oxt, TW_EXTENSION_ID);
    std::printf("Installed. Start LibreOffice Calc and type =EEFF(ETOK()).\n");
    return 0;
}
// A path as an absolute one without "." or "..": of the file itself when it
// exists, else of its folder (which must exist).
std::string canonical(const std::string& path)
{
    char resolved[PATH_MAX];
    if (realpath(path.c_str(), resolved))
        return resolved;
    std::string folder = path, name = path;
    folder = dirname(folder.data());
    name = basename(name.data());
    if (!realpath(folder.c_str(), resolved))
        throw std::runtime_error("no such folder: " + folder);
    return std::string(resolved) + "/" + name;
}

// Ctrl-C (SIGINT) or SIGTERM while a command drives the office: the
// office runs in a process group of its own (office.cxx) and does not hear
// the terminal, so the handler stops it, removes the files it was writing
// and exits. Signal handlers can only reach plain static data.
namespace on_stop
{
volatile sig_atomic_t office_group = 0;
constexpr int most_files = 2;
char files[most_files][PATH_MAX] = {};

void remove_on_stop(const std::string& path)
{
    for (auto& f : files)
        if (!*f && path.size() < sizeof f)
        {
            std::memcpy(f, path.c_str(), path.size() + 1);
            return;
        }
}

extern "C" void handle(int signal)
{
    const pid_t group = office_group;
    if (group > 0)
    {
        kill(-group, SIGTERM);
        const timespec tenth = { 0, 100000000 };
        for (int i = 0; i < 50 && waitpid(group, nullptr, WNOHANG) == 0; ++i)
            nanosleep(&tenth, nullptr);
        kill(-group, SIGKILL);
    }
    for (const auto& f : files)
        if (*f)
            unlink(f);
    const char said[] = "\ntokwatt-office: stopped; IN is untouched and nothing was written\n";
    if (write(STDERR_FILENO, said, sizeof said - 1) < 0)
        _exit(128 + signal);
    _exit(128 + signal);
}

// After the office has started (its UNO runtime sets handlers of its own).
void watch(pid_t office)
{
    office_group = office;
    struct sigaction action = {};
    action.sa_handler = handle;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
}

// What the portable and simulate commands share: IN must be a workbook
// and OUT not IN; the extension is installed into PROFILE, an office
// started on it and IN loaded read-only (so that nothing, not even a lock
// file beside it, is left if the command is stopped); then
// work(office, document, target) runs, and the document is closed.
template <class Work>
int with_workbook(const std::string& oxt, const std::string& profile, const std::string& in,
                  const std::string& out, const char* command, Work work)
{
    struct stat info;
    if (stat(in.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
        throw std::runtime_error("no such workbook: " + in);
    const std::string source = canonical(in), target = canonical(out);
    if (source == target)
        throw std::runtime_error(std::string("OUT is IN: the ") + command
                                 + " never replaces the workbook");
    std::printf("Installing %s into the isolated profile %s ...\n", oxt.c_str(),
                profile.c_str());
    prepare_profile(profile, oxt, TW_EXTENSION_ID);
    Office office(profile);
    on_stop::watch(office.pid());
    auto document = office.load_read_only(source);
    try
    {
        work(office, document, source, target);
    }
    catch (...)
    {
        close(document);
        throw;
    }
    close(document);
    return 0;
}

int portable_copy(const std::string& oxt, const std::string& profile, const std::string& in,
                  const std::string& out)
{
    return with_workbook(oxt, profile, in, out, "portable copy",
                         [](const Office& office, const Reference<css::lang::XComponent>& document,
                            const std::string&, const std::string& target) {
                             const portable::CopyReport report = portable::save_portable_copy(
                                 office.context(), document, to_ou(file_url(target)));
                             std::printf("Wrote %s in %.2f s: %s\n", target.c_str(),
                                         report.seconds, portable::summary(report).c_str());
                         });
}

// Shows the simulation's progress on the terminal, a line updated in place.
class TerminalProgress : public cppu::WeakImplHelper1<css::task::XStatusIndicator>
{
public:
    void SAL_CALL start(const rtl::OUString& text, sal_Int32 range) override
    {
        text_ = to_utf8(text);
        range_ = range > 0 ? range : 1;
        setValue(0);
    }
    void SAL_CALL end() override { std::fprintf(stderr, "\n"); }
    void SAL_CALL setText(const rtl::OUString& text) override { text_ = to_utf8(text); }
    void SAL_CALL setValue(sal_Int32 value) override
    {
        std::fprintf(stderr, "\r%s: %3d%%", text_.c_str(),
                     static_cast<int>(100.0 * value / range_));
    }
    void SAL_CALL reset() override {}

private:
    std::string text_;
    sal_Int32 range_ = 1;
};

// A name beside path, in the same folder: "report.ods" -> "report-trials.csv".
std::string beside(const std::string& path, const std::string& suffix)
{
    const std::size_t slash = path.rfind('/'), dot = path.rfind('.');
    const bool has_extension = dot != std::string::npos && (slash == std::string::npos || dot > slash);
    return (has_extension ? path.substr(0, dot) : path) + suffix;
}

// OUT is written whole or not at all: the job stores into a neighbour of
// the same extension, renamed over OUT once complete (a Ctrl-C on the
// terminal stops the office too, maybe in the middle of storing).
std::string partial_name(const std::string& target)
{
    const std::size_t slash = target.rfind('/');
    const std::string folder = target.substr(0, slash + 1), name = target.substr(slash + 1);
    const std::size_t dot = name.rfind('.');
    return folder + ".~" + name + ".partial" + (dot == std::string::npos ? "" : name.substr(dot));
}

// make simulate: the simulation runs inside the office (one call of the
// extension's org.tokwatt.Simulation job), on a copy of IN; IN is only
// read. csv: "" for the Trials sheet, "--beside" for a CSV beside OUT
// instead, else the CSV's path.
int simulate(const std::string& oxt, const std::string& profile, const std::string& in,
             const std::string& out, const std::string& trials, const std::string& seed,
             const std::string& csv)
{
    char* end = nullptr;
    const double n = std::strtod(trials.c_str(), &end);
    if (trials.empty() || *end || !(n >= 2 && n <= 1e6) || n != std::floor(n))
        throw std::runtime_error("TRIALS must be a whole number from 2 to 1000000");
    const double s = std::strtod(seed.c_str(), &end);
    if (seed.empty() || *end || !(s >= 0 && s <= 1e8) || s != std::floor(s))
        throw std::runtime_error("SEED must be a whole number from 0 to 100000000");
    return with_workbook(
        oxt, profile, in, out, "simulation",
        [&](const Office& office, const Reference<css::lang::XComponent>& document,
            const std::string& source, const std::string& target) {
            const std::string csv_path
                = csv.empty() ? "" : csv == "--beside" ? beside(target, "-trials.csv")
                                                       : canonical(csv);
            if (csv_path == source)
                throw std::runtime_error("TRIALS_CSV is IN: the simulation never replaces the "
                                         "workbook");
            const std::string partial = partial_name(target);
            on_stop::remove_on_stop(partial);
            if (!csv_path.empty())
                on_stop::remove_on_stop(csv_path + ".partial"); // trials_csv.hxx's neighbour
            std::vector<css::beans::NamedValue> args
                = { { "Document", css::uno::Any(document) },
                    { "OutURL", css::uno::Any(to_ou(file_url(partial))) },
                    { "Trials", css::uno::Any(n) },
                    { "Seed", css::uno::Any(s) },
                    { "Progress", css::uno::Any(Reference<css::task::XStatusIndicator>(
                                      new TerminalProgress)) },
                    { "TrialsSheet", css::uno::Any(csv_path.empty()) } };
            if (!csv_path.empty())
                args.push_back({ "TrialsCSV", css::uno::Any(to_ou(file_url(csv_path))) });
            rtl::OUString summary;
            try
            {
                run_simulation_job(office.context(), args) >>= summary;
            }
            catch (...)
            {
                std::remove(partial.c_str());
                throw;
            }
            if (std::rename(partial.c_str(), target.c_str()) != 0)
            {
                std::remove(partial.c_str());
                throw std::runtime_error("cannot write " + target);
            }
            // The job names the file it wrote: the partial one, renamed since.
            std::string said = to_utf8(summary);
            const std::string written = file_url(partial);
            if (const auto at = said.find(written); at != std::string::npos)
                said.replace(at, written.size(), target);
            std::printf("Simulated %s into %s%s%s: %s\n", source.c_str(), target.c_str(),
                        csv_path.empty() ? "" : ", every trial in ", csv_path.c_str(),
                        said.c_str());
        });
}
}

int main(int argc, char** argv)
{
    const std::string command = argc > 1 ? argv[1] : "";
    try
    {
        if (command == "run" && argc == 6)
            return run(argv[2], argv[3], argv[4], argv[5]);
        if (command == "install" && (argc == 3 || argc == 4))
            return install(argv[2], argc == 4 ? argv[3] : "");
        if (command == "portable" && argc == 6)
            return portable_copy(argv[2], argv[3], argv[4], argv[5]);
        if (command == "simulate" && (argc == 8 || argc == 9))
            return simulate(argv[2], argv[3], argv[4], argv[5], argv[6], argv[7],
                            argc == 9 ? argv[8] : "");
    }
    catch (const css::uno::Exception& e)
    {
        std::fprintf(stderr, "tokwatt-office: %s\n",
                     rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr());
        return 1;
    }
    catch (const std::exception& e)
    {
        std::fprintf(stderr, "tokwatt-office: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "usage: tokwatt-office run OXT PROFILE OUTDIR TEMPLATES_DIR\n"
                         "       tokwatt-office install OXT [PROFILE]\n"
                         "       tokwatt-office portable OXT PROFILE IN OUT\n"
                         "       tokwatt-office simulate OXT PROFILE IN OUT TRIALS SEED [--beside|CSV]\n");
    return 2;
}
