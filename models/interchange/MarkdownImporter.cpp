#include "interchange/MarkdownImporter.h"
