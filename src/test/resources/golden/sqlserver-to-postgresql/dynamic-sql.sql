-- Dynamic SQL: EXEC() of a literal, sp_executesql of a variable set once to a literal, and of a literal SELECT are read as T-SQL and converted (ISNULL, LEN, +, TOP), @parameters numbered $1, $2 in declared order; a text built from a parameter runs as written, reviewed.
CREATE TABLE dbo.stock (id int PRIMARY KEY, qty int, label varchar(20))
CREATE TABLE dbo.moves (note varchar(60), size int)
GO
CREATE PROCEDURE dbo.take @id int, @n int
AS
DECLARE @sql nvarchar(200) = N'UPDATE dbo.stock SET qty = qty - @n WHERE id = @id'
EXEC sp_executesql @sql, N'@id int, @n int', @n = @n, @id = @id
EXEC (N'INSERT INTO dbo.moves (note, size) VALUES (''took'' + '' '' + ''it'', LEN(''abc  ''))')
EXEC ('DELETE FROM dbo.moves WHERE ISNULL(note, '''') = ''''')
GO
CREATE PROCEDURE dbo.above @min int
AS
EXEC sp_executesql N'SELECT TOP 2 id, UPPER(label) AS label FROM dbo.stock WHERE qty > @m ORDER BY id', N'@m int', @min
GO
CREATE PROCEDURE dbo.clear @table sysname
AS
DECLARE @sql nvarchar(200)
SET @sql = N'DELETE FROM ' + @table
EXEC (@sql)
GO
