#include "formula.hxx"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>

namespace tokwatt::portable
{
namespace
{
bool digit(char c) { return c >= '0' && c <= '9'; }
bool letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Characters of a name: letters, digits, '_', '.', '$', and any byte of a
// non-ASCII UTF-8 character.
bool name_char(char c)
{
    return letter(c) || digit(c) || c == '_' || c == '.' || c == '$'
           || static_cast<unsigned char>(c) >= 0x80;
}

// The end of a quoted part starting at i ('...' with '' inside).
std::size_t quoted_end(const std::string& s, std::size_t i, char quote)
{
    for (++i; i < s.size(); ++i)
        if (s[i] == quote)
        {
            if (i + 1 < s.size() && s[i + 1] == quote)
                ++i;
            else
                return i + 1;
        }
    return s.size();
}

std::size_t number_end(const std::string& s, std::size_t i)
{
    while (i < s.size() && (digit(s[i]) || s[i] == '.'))
        ++i;
    if (i < s.size() && (s[i] == 'E' || s[i] == 'e'))
    {
        std::size_t j = i + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-'))
            ++j;
        if (j < s.size() && digit(s[j]))
        {
            while (j < s.size() && digit(s[j]))
                ++j;
            i = j;
        }
    }
    return i;
}

bool significant(const Token& t) { return t.kind != Tok::space; }
}

Tokens lex(const std::string& s)
{
    Tokens tokens;
    std::size_t i = 0;
    while (i < s.size())
    {
        const char c = s[i];
        std::size_t end = i + 1;
        Tok kind = Tok::other;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        {
            while (end < s.size() && (s[end] == ' ' || s[end] == '\t' || s[end] == '\n'
                                      || s[end] == '\r'))
                ++end;
            kind = Tok::space;
        }
        else if (c == '"')
        {
            end = quoted_end(s, i, '"');
            kind = Tok::text;
        }
        else if (digit(c) || (c == '.' && i + 1 < s.size() && digit(s[i + 1])))
        {
            end = number_end(s, i);
            kind = Tok::number;
        }
        else if (name_char(c) || c == '\'')
        {
            end = i;
            while (end < s.size() && (name_char(s[end]) || s[end] == '\''))
                end = s[end] == '\'' ? quoted_end(s, end, '\'') : end + 1;
            kind = Tok::word;
        }
        else if (c == '#')
        {
            while (end < s.size() && (letter(s[end]) || digit(s[end]) || s[end] == '/'))
                ++end;
            if (end < s.size() && (s[end] == '!' || s[end] == '?'))
                ++end;
            kind = Tok::error;
        }
        else if (c == '(')
            kind = Tok::open;
        else if (c == ')')
            kind = Tok::close;
        else if (c == ';')
            kind = Tok::sep;
        else if (c == '{')
            kind = Tok::array_open;
        else if (c == '}')
            kind = Tok::array_close;
        else if (c == '|')
            kind = Tok::array_row;
        else if ((c == '<' || c == '>') && i + 1 < s.size()
                 && (s[i + 1] == '=' || (c == '<' && s[i + 1] == '>')))
        {
            end = i + 2;
            kind = Tok::op;
        }
        else if (std::string("+-*/^&=<>%:!~").find(c) != std::string::npos)
            kind = Tok::op;
        tokens.push_back({ kind, s.substr(i, end - i) });
        i = end;
    }
    return tokens;
}

std::string join(const Tokens& tokens, std::size_t begin, std::size_t end)
{
    std::string text;
    for (std::size_t i = begin; i < end && i < tokens.size(); ++i)
        text += tokens[i].text;
    return text;
}

std::size_t matching(const Tokens& tokens, std::size_t open)
{
    int depth = 0;
    for (std::size_t i = open; i < tokens.size(); ++i)
    {
        const Tok k = tokens[i].kind;
        if (k == Tok::open || k == Tok::array_open)
            ++depth;
        else if ((k == Tok::close || k == Tok::array_close) && --depth == 0)
            return i;
    }
    return tokens.size();
}

std::vector<std::pair<std::size_t, std::size_t>> arguments(const Tokens& tokens,
                                                            std::size_t open,
                                                            std::size_t close)
{
    std::vector<std::pair<std::size_t, std::size_t>> args;
    bool empty = true;
    for (std::size_t i = open + 1; i < close; ++i)
        empty = empty && !significant(tokens[i]);
    if (empty)
        return args;
    std::size_t start = open + 1;
    int depth = 0;
    for (std::size_t i = open + 1; i < close; ++i)
    {
        const Tok k = tokens[i].kind;
        if (k == Tok::open || k == Tok::array_open)
            ++depth;
        else if (k == Tok::close || k == Tok::array_close)
            --depth;
        else if (k == Tok::sep && depth == 0)
        {
            args.emplace_back(start, i);
            start = i + 1;
        }
    }
    args.emplace_back(start, close);
    return args;
}

std::string column_name(int column)
{
    std::string letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters;
}

std::string address(int column, int row) { return column_name(column) + std::to_string(row + 1); }

std::string CellRef::shifted(int columns, int rows) const
{
    return sheet + (column_absolute ? "$" : "") + column_name(column + columns)
           + (row_absolute ? "$" : "") + std::to_string(row + rows + 1);
}

std::optional<CellRef> parse_cell(const std::string& word)
{
    CellRef ref;
    // The sheet part ends at the last '.' outside quotes.
    std::size_t cell_start = 0;
    for (std::size_t i = 0; i < word.size(); ++i)
    {
        if (word[i] == '\'')
            i = quoted_end(word, i, '\'') - 1;
        else if (word[i] == '.')
            cell_start = i + 1;
    }
    ref.sheet = word.substr(0, cell_start);
    std::size_t i = cell_start;
    if (i < word.size() && word[i] == '$')
    {
        ref.column_absolute = true;
        ++i;
    }
    int column = 0, letters = 0;
    for (; i < word.size() && letter(word[i]); ++i, ++letters)
        column = column * 26 + (std::toupper(static_cast<unsigned char>(word[i])) - 'A' + 1);
    if (letters == 0 || letters > 3)
        return std::nullopt;
    if (i < word.size() && word[i] == '$')
    {
        ref.row_absolute = true;
        ++i;
    }
    long row = 0;
    const std::size_t digits_start = i;
    for (; i < word.size() && digit(word[i]); ++i)
        row = std::min(row * 10 + (word[i] - '0'), 100000000L);
    if (i == digits_start || i != word.size() || row < 1)
        return std::nullopt;
    ref.column = column - 1;
    ref.row = static_cast<int>(row - 1);
    return ref;
}

std::string Arg::element(int i) const
{
    if (kind == Kind::reference)
        return first.shifted(i % columns, i / columns);
    if (kind == Kind::array && i < static_cast<int>(elements.size()))
        return elements[static_cast<std::size_t>(i)];
    return text;
}

namespace
{
std::string trim(const std::string& s)
{
    const std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return "";
    const std::size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::string unquote(const std::string& literal)
{
    std::string value;
    for (std::size_t i = 1; i + 1 < literal.size(); ++i)
    {
        value += literal[i];
        if (literal[i] == '"')
            ++i; // "" stands for one "
    }
    return value;
}

// An inline array's elements and shape, or false when it is not one.
bool parse_array(const Tokens& t, Arg& arg)
{
    if (t.front().kind != Tok::array_open || matching(t, 0) != t.size() - 1)
        return false;
    std::vector<std::vector<std::string>> rows(1);
    std::string element;
    for (std::size_t i = 1; i + 1 < t.size(); ++i)
    {
        if (t[i].kind == Tok::sep || t[i].kind == Tok::array_row)
        {
            rows.back().push_back(trim(element));
            element.clear();
            if (t[i].kind == Tok::array_row)
                rows.emplace_back();
        }
        else
            element += t[i].text;
    }
    rows.back().push_back(trim(element));
    for (const auto& row : rows)
        if (row.size() != rows.front().size())
            return false;
    arg.rows = static_cast<int>(rows.size());
    arg.columns = static_cast<int>(rows.front().size());
    for (const auto& row : rows)
        arg.elements.insert(arg.elements.end(), row.begin(), row.end());
    return true;
}
}

Arg classify(const std::string& text)
{
    Arg arg;
    arg.text = trim(text);
    Tokens all = lex(arg.text);
    Tokens t;
    for (const Token& token : all)
        if (significant(token))
            t.push_back(token);
    if (t.empty())
        return arg; // omitted

    arg.kind = Arg::Kind::expression;
    arg.atomic = false;
    const std::size_t n = t.size();
    if (n == 1 && t[0].kind == Tok::number)
    {
        arg.kind = Arg::Kind::number;
        arg.atomic = true;
        arg.number = std::strtod(t[0].text.c_str(), nullptr);
    }
    else if (n == 2 && t[0].text == "-" && t[1].kind == Tok::number)
    {
        arg.kind = Arg::Kind::number;
        arg.number = -std::strtod(t[1].text.c_str(), nullptr);
    }
    else if (n == 1 && t[0].kind == Tok::text)
    {
        arg.kind = Arg::Kind::text;
        arg.atomic = true;
        arg.string = unquote(t[0].text);
    }
    else if ((n == 1 || (n == 3 && t[1].text == ":" && t[2].kind == Tok::word))
             && t[0].kind == Tok::word)
    {
        const auto first = parse_cell(t[0].text);
        const auto last = n == 3 ? parse_cell(t[2].text) : first;
        arg.atomic = true;
        if (first && last)
        {
            arg.kind = Arg::Kind::reference;
            arg.first = *first;
            arg.first.column = std::min(first->column, last->column);
            arg.first.row = std::min(first->row, last->row);
            arg.rows = std::abs(last->row - first->row) + 1;
            arg.columns = std::abs(last->column - first->column) + 1;
        }
    }
    else if (t[0].kind == Tok::array_open && parse_array(t, arg))
    {
        arg.kind = Arg::Kind::array;
        arg.atomic = true;
    }
    else if ((t[0].kind == Tok::open && matching(t, 0) == n - 1)
             || (n >= 3 && t[0].kind == Tok::word && t[1].kind == Tok::open
                 && matching(t, 1) == n - 1))
        arg.atomic = true; // (...) or f(...)
    return arg;
}

std::string number_text(double x)
{
    // The fewest significant digits that read back as x ...
    char text[48];
    int digits = 1;
    for (; digits < 17; ++digits)
    {
        std::snprintf(text, sizeof text, "%.*e", digits - 1, x);
        if (std::strtod(text, nullptr) == x)
            break;
    }
    std::snprintf(text, sizeof text, "%.*e", digits - 1, x);
    // The exponent, read by hand: atoi/strtol built with glibc 2.38+ headers
    // need __isoc23_strtol (GLIBC_2.38), which Debian 12 lacks (test-glibc).
    const char* e = std::strchr(text, 'e') + 1;
    const int sign = *e == '-' ? -1 : 1;
    if (*e == '-' || *e == '+')
        ++e;
    int exponent = 0;
    for (; *e >= '0' && *e <= '9'; ++e)
        exponent = 10 * exponent + (*e - '0');
    exponent *= sign;
    // ... written plainly from 1E-4 up to 1E6 (86400, 0.05), else with an
    // exponent (4.8E+11, 1.380649E-23).
    if (x == 0 || (exponent >= -4 && exponent < 6))
        std::snprintf(text, sizeof text, "%.*f", std::max(0, digits - 1 - exponent), x);
    else
        std::snprintf(text, sizeof text, "%.*G", digits, x);
    return text;
}

std::string quoted(const std::string& text)
{
    std::string literal = "\"";
    for (char c : text)
        literal += c == '"' ? "\"\"" : std::string(1, c);
    return literal + "\"";
}
}
