#include "interchange/MarkdownExporter.h"
