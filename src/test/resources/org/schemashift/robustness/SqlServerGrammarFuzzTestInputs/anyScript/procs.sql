CREATE VIEW dbo.v AS SELECT TOP 10 ISNULL(CustomerID, N'x') AS c, DATEADD(day, 1, OrderDate) d FROM dbo.Orders
GO
CREATE PROCEDURE dbo.p @id int, @out int OUTPUT AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @n int = 0;
  IF @id > 0 SELECT @n = COUNT(*) FROM dbo.Orders WHERE OrderID = @id;
  WHILE @n < 10 BEGIN SET @n = @n + 1 END
  SET @out = @n;
END
GO
