// The cloned fixture stands for a repository root: a .git folder is all mesh:codeowners looks for.
new File(basedir, '.git').mkdirs()
true
