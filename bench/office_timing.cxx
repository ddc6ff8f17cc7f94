// The office timing engine of bench-calc (office_timing.hxx).
#include <algorithm>
#include <cmath>

#include "office_timing.hxx"

namespace bench
{
std::string column_name(int c)
{
    std::string name;
    for (++c; c > 0; c = (c - 1) / 26)
        name.insert(name.begin(), char('A' + (c - 1) % 26));
    return name;
}

std::string cell_name(int c, int r) { return column_name(c) + std::to_string(r + 1); }

OUString u(const std::string& s)
{
    return rtl::OStringToOUString(rtl::OString(s.c_str()), RTL_TEXTENCODING_UTF8);
}

std::string narrow(const OUString& s)
{
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

std::string replace_all(std::string s, const std::string& from, const std::string& to)
{
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

Inputs make_inputs(int rows)
{
    unsigned state = 20261117u;
    auto uniform = [&state] {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) / 16777216.0;
    };
    Inputs blocks;
    for (int r = 0; r < rows; ++r)
    {
        if (r % block_rows == 0)
            blocks.emplace_back(std::min(block_rows, rows - r));

        double v[INPUT_COLUMNS];
        v[A_E] = 0.1 + 0.9 * uniform();
        v[B_ALPHA_O] = 0.02 + 0.06 * uniform();
        v[C_ALPHA_M] = 0.10 + 0.20 * uniform();
        v[D_ALPHA_H] = 1.0 - v[B_ALPHA_O] - v[C_ALPHA_M];
        v[E_BETA_M] = 0.05 + 0.10 * uniform();
        v[F_BETA_H] = 0.005 + 0.01 * uniform();
        v[G_BIG] = 1e9 + 1.9e10 * uniform();
        v[H_WATTS] = 1e11 + 9.9e12 * uniform();
        v[I_PUE] = 1.05 + 0.45 * uniform();
        v[J_MID] = 200.0 + 800.0 * uniform();
        v[K_COUNT] = 100.0 + 700.0 * uniform();
        v[L_USERS] = 1e6 + 1e9 * uniform();
        v[M_WH] = 1e-4 + 9e-4 * uniform();
        Sequence<Any> row(INPUT_COLUMNS);
        Any* cells = row.getArray();
        for (int c = 0; c < INPUT_COLUMNS; ++c)
            cells[c] <<= v[c];
        blocks.back().getArray()[r % block_rows] = row;
    }
    return blocks;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return NAN;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::vector<std::vector<double>> interleaved(const std::vector<Book*>& books, int reps)
{
    std::vector<std::vector<double>> t(books.size());
    for (int rep = 0; rep < reps; ++rep)
        for (std::size_t k = 0; k < books.size(); ++k)
        {
            const std::size_t i = (k + static_cast<std::size_t>(rep)) % books.size();
            t[i].push_back(books[i]->recalc_seconds());
        }
    return t;
}

double paired_ratio(const std::vector<double>& a, const std::vector<double>& b)
{
    std::vector<double> r;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        r.push_back(a[i] / b[i]);
    return median(r);
}
}
