// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target's LLVMFuzzerTestOneInput() over files, for builds without libFuzzer: every
// ctest run replays the seed corpus and the regression inputs of each target, so a crash found
// once stays fixed in every build, sanitized or not. Arguments: files or folders (read
// recursively; missing ones are skipped). Fails when no input was found, so a mistyped folder cannot pass silently.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

int replay(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return -1;
    }
    const QByteArray bytes = file.readAll();
    std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
    (void)LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QFile::decodeName(argv[i]);
        const QFileInfo info(argument);
        if (!info.exists())
            continue;   // a target without regressions yet
        if (info.isDir()) {
            QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const int replayed = replay(it.next());
                if (replayed < 0)
                    return 1;
                inputs += replayed;
            }
        } else {
            const int replayed = replay(argument);
            if (replayed < 0)
                return 1;
            inputs += replayed;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "no inputs found\n");
        return 1;
    }
    std::fprintf(stderr, "%d inputs replayed without a failure\n", inputs);
    return 0;
}
