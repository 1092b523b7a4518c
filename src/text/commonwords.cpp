#include "commonwords.h"

#include <fstream>

namespace sitrep::text {

bool CommonWords::load(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return false;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.size() > 2 && line[line.size() - 2] == '\'' && line.back() == 's')
            line.resize(line.size() - 2);
        bool lower = !line.empty();
        for (char c : line)
            if (!(c >= 'a' && c <= 'z'))
                lower = false;
        if (lower)
            m_words.insert(line);
    }
    return true;
}

bool CommonWords::loadDefault()
{
    return load("/usr/share/dict/words") || load("/usr/share/dict/american-english")
        || load("/usr/share/dict/british-english");
}

} // namespace sitrep::text
