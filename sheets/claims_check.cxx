// Template: the claims check. Every quantitative claim of the source texts
// (seeds 000 essay, 004 paper, 002 post, 003 facility deep dive, 001
// thread) that their own equations and inputs can recompute: one sheet per
// text, the texts' inputs as input cells beside the claims that rest on
// them, each claim a row of check_table (the figure printed, the live
// recomputation with tokwatt functions, what the equations give where the
// text is off) and beside it the ratio printed / recomputed. A FALSE in
// "Text agrees" is shown in red: mismatches are stated, not hidden. The
// Summary sheet counts the claims per text (COUNTIF over "Text agrees"),
// lists every place a text is off, and holds TW_ALL_MATCH.
//
// The layout is claims_sheet.hxx; the texts' claims are data in
// claims_essay.cxx, claims_paper.cxx and claims_others.cxx.
#include <memory>
#include <string>
#include <vector>

#include "claims_sheet.hxx"
#include "templates.hxx"

namespace tokwatt::templates
{
namespace
{
struct Source
{
    const char* label;
    ClaimsSheet* sheet; // at the text's inputs
    std::string live;   // the sheet at the reader's inputs
};

void summary(Page p, const std::vector<Source>& sources)
{
    p.widths({ 80, 22, 26, 26, 24, 18, 92 });
    p.next();
    p.text('A', "Claims check: every figure the source texts print, recomputed", style::title);
    p.next();
    p.text('A',
           "Each quantitative claim of the source texts that their own equations and inputs can "
           "recompute, one sheet per text: the figure printed, the recomputation (tokwatt "
           "formulas over the texts' inputs, beside each table), what the "
           "equations give where a text is off, and the ratio printed / recomputed. \"Text "
           "agrees\" is FALSE, in red, where a text contradicts its own equations; every such "
           "place is listed below. Each text's sheet holds its own inputs, fixed; the sheet "
           "after it (\"..., your inputs\") runs the same claims at yours.",
           style::note);
    p.merge('A', 'G');
    p.wrap(p.at('A'));

    std::vector<std::string> all;
    for (const Source& s : sources)
        for (const Table& t : s.sheet->tables)
            all.push_back("$" + s.sheet->name() + "." + t.all_match);
    const int verdict = p.next(2);
    all_match(p, verdict, all, false);
    p.text('C',
           "TRUE when every recomputation equals what the equations give, to the precision of "
           "the figure it is compared with (each table's \"Matches\"). It does not say the texts "
           "are right: \"Text off\" counts where they are not.",
           style::note);
    p.merge('C', 'G');
    p.wrap(p.at('C'));

    p.next();
    p.headers({ "Source text", "Sheet", "Checked (claims)", "Text agrees (claims)",
                "Text off (claims)", "All match", "At your inputs" });
    const int first = p.row() + 1;
    for (const Source& s : sources)
    {
        p.next();
        const Page& sheet = s.sheet->page();
        p.text('A', s.label);
        p.text('B', s.sheet->name());
        p.formula('C', "=" + sheet.ref_from_outside("checked"), style::result, "0");
        p.formula('D', "=" + sheet.ref_from_outside("agrees"), style::result, "0");
        p.formula('E', "=" + sheet.ref_from_outside("off"), style::result, "0");
        p.formula('F', "=" + sheet.ref_from_outside("all_match"), style::verdict);
        p.text('G', "sheet \"" + s.live + "\"", style::note);
    }
    const int last = p.row();
    p.next();
    p.text('A', "All five texts", style::heading);
    for (char c : { 'C', 'D', 'E' })
        p.formula(c, "=SUM(" + cell(c, first) + ":" + cell(c, last) + ")", style::result, "0");
    p.formula('F', "=AND(" + cell('F', first) + ":" + cell('F', last) + ")", style::verdict);
    p.highlight_false(cell('F', first) + ":" + p.at('F'));

    p.next(2);
    p.page_break_before(p.row());
    p.text('A', "Where the texts are off, at their own inputs", style::title);
    p.headers({ "Claim (the text's words)", "The text prints", "Recomputed (live)", "Unit",
                "Ratio printed / recomputed (x)", "Text agrees", "Why" });
    const int first_off = p.row() + 1;
    for (const Source& s : sources)
    {
        if (s.sheet->offs.empty())
            continue;
        p.next();
        p.text('A', s.label, style::heading);
        p.highlight_false(cell('F', p.row() + 1) + ":"
                          + cell('F', p.row() + static_cast<int>(s.sheet->offs.size())));
        for (const Off& o : s.sheet->offs)
        {
            using namespace check_column;
            p.next();
            const auto from = [&](char column) {
                return "=$" + o.sheet + "." + cell(column, o.row);
            };
            p.formula('A', from(quantity), nullptr);
            p.formula('B', from(printed), style::printed, format_as_printed(o.printed, 0));
            p.formula('C', from(computed), style::result, format_as_printed(o.recomputed, 1));
            p.formula('D', from(unit), nullptr);
            p.formula('E', from(ratio_column), style::result, "0.000");
            p.formula('F', from(agrees), style::verdict);
            p.formula('G', from(note), style::note);
        }
    }
    for (char c : { 'A', 'G', 'D' })
        p.wrap(cell(c, first_off) + ":" + p.at(c));
    p.optimal_heights(cell('A', 3) + ":" + p.at('G'));
    p.row_height(2, 15);
    p.row_height(verdict, 10);
    p.print_landscape_one_page_wide();
}

void build(Book& book)
{
    Page summary_page = book.page(0, "Summary");
    struct Text
    {
        const char *sheet, *title, *source, *text, *label;
        void (*claims)(ClaimsSheet&);
    };
    const Text texts[] = {
        { "Essay", "Claims check: the essay \"Counting piano tuners, counting tokens\"",
          "Source: the essay \"Counting piano tuners, counting tokens\". Each quantitative "
          "claim it makes, recomputed from its own equations and inputs: the figure it prints, "
          "what the equations give where it is off, and the ratio printed / recomputed. Its "
          "body rounds E_tok to 3 J and E_eff to 0.23 J/tok; its calculator keeps 3.62 and "
          "0.280: both chains are checked, each against its own figures.",
          "\"Counting piano tuners, counting tokens\" (the essay)",
          "Essay \"Counting piano tuners, counting tokens\"", claims_essay },
        { "Paper", "Claims check: the paper \"Photons = Tokens\"",
          "Source: the paper \"Photons = Tokens: The Physics of AI and the Economics of "
          "Knowledge\". The figures its prose and tables print are recomputed from its inputs "
          "with the add-in's LANDAUER, TOKENSPERCAPITA, TOKENBUDGET, QUESTIONBUDGET, AVGPOWER.",
          "\"Photons = Tokens\" (the paper)", "Paper \"Photons = Tokens\"", claims_paper },
        { "Post", "Claims check: the post on inference accounting",
          "Source: the post on inference accounting, its \"concrete back-of-envelope\". Its "
          "per-token energy is 1000x too small; its dollar figure, computed from that, is 1000x "
          "too large again, and so right.",
          "The post on inference accounting", "Post on inference accounting", claims_post },
        { "Facility", "Claims check: \"The Physics and Economics of Tokens\"",
          "Source: \"The Physics and Economics of Tokens\", Chapter VI: the electricity floor "
          "of one GPU, with GPUDAYKWH and GPUDAYCOST.",
          "\"The Physics and Economics of Tokens\"", "\"The Physics and Economics of Tokens\"",
          claims_facility },
        { "Thread", "Claims check: the discussion thread (context)",
          "Source: the discussion thread, context for why datacenters are measured in watts; "
          "the few figures it derives are checked too.",
          "The discussion thread", "Discussion thread (context)", claims_thread },
    };
    // Each text: its check sheet at its own inputs, then the same claims at
    // the reader's (the live twin).
    std::vector<std::unique_ptr<ClaimsSheet>> sheets;
    std::vector<Source> sources;
    int index = 1;
    for (const Text& t : texts)
    {
        auto [live, text] = book.twin_pages(index + 1, std::string(t.sheet) + ", your inputs",
                                            index, t.sheet);
        index += 2;
        for (Page* page : { &text, &live })
        {
            auto sheet = std::make_unique<ClaimsSheet>(
                *page, t.title, std::string(t.source) + " " + page->inputs_note(), t.text);
            t.claims(*sheet);
            sheet->finish();
            sheets.push_back(std::move(sheet));
        }
        sources.push_back({ t.label, sheets[sheets.size() - 2].get(), live.sheet_name().c_str() });
    }
    summary(summary_page, sources);
}

Register claims_check({ "claims-check", "The claims check", build });
}
}
