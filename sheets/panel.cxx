#include "panel.hxx"

namespace tokwatt::templates
{
void note(Page& p, char from, char to, const std::string& text)
{
    p.text(from, text, style::note);
    if (to)
        p.merge(from, to);
}

void note(Page& p, char from, char to, const std::string& text, int lines)
{
    note(p, from, to, text);
    p.wrap(p.at(from));
    p.row_lines(p.row(), lines);
}

void inputs(Page& p, const std::vector<Input>& rows, char last, char from)
{
    for (const Input& in : rows)
    {
        p.next();
        p.text('A', in.label);
        p.input('B', in.value, in.rule, in.format);
        if (!in.key.empty())
            p.key(in.key, p.at('B'));
        if (!in.unit.empty())
            p.text('C', in.unit, style::unit);
        if (!in.note.empty())
            note(p, from ? from : 'D', last, in.note);
    }
}

void panel(Page& p, const std::vector<Line>& lines, char last, char from)
{
    for (const Line& line : lines)
    {
        p.next();
        if (!line.key.empty())
            p.key(line.key, p.at('B'));
        p.text('A', line.label);
        const bool shown = !line.shown.empty();
        p.formula('B', line.formula, style::result, shown ? "0.000E+00" : line.format);
        p.text('C', line.unit, style::unit);
        if (shown)
        {
            p.formula('D', line.shown, style::result, line.format);
            if (!line.key.empty())
                p.key(line.key + "_shown", p.at('D'));
            p.text('E', line.shown_unit, style::unit);
        }
        if (!line.note.empty())
            note(p, from ? from : shown ? 'F' : 'D', last, line.note);
    }
}
}
